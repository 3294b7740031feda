"""The registry's lists: a page of people or organisations filtered and sorted
(`query`), the rows a page carries (`rows`), and the list exported (`export`)."""
