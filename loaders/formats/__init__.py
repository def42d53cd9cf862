"""One reader per file format, each returning a :class:`~cancu.loaders.blocks.Layout`."""
