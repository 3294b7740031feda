"""Qt user interface. Pages talk to services through `Operations`, never to a Session."""
