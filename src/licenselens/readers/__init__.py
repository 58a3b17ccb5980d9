"""Input readers: paths, trees, environments and model repositories to text and metadata.

Readers never judge and never build results.  ``decode``/``files`` turn bytes
into text; ``walk`` finds license-bearing files in a whole tree (roles and
scopes in ``kinds``, ``.gitignore`` and globs in ``ignore``, SPDX headers in
``headers``); ``packages`` reads installed distributions and ``manifests`` a
project's pyproject.toml / package.json / Cargo.toml; ``hfcache`` reads the
Hugging Face cache layout and ``hf:org/name``; ``modelcard`` and ``spdxdoc``
parse model cards and SPDX documents.
"""
