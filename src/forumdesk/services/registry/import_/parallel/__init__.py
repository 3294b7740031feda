"""A big import read in a second process while this one writes: source.py, reader.py."""
