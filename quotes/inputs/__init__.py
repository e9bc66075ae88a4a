"""Readers for each kind of input: plain text, JSON Lines, CSV/TSV, HTML
pages, WARC archives and URLs, compressed or not.

Each reader turns a byte stream into ``Article`` records one at a time;
``quotes.articles`` chooses the reader for a path, a stream or a URL.
"""
