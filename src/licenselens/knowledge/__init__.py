"""What licenselens knows, compiled once and cached.

* :mod:`.records`: the curated records (``licenses/*.yaml``), the SPDX License
  List and the ScanCode key index, as one :class:`~.records.KnowledgeBase`;
* :mod:`.refindex` and :mod:`.features`: the reference texts as a bigram index;
* :mod:`.cache`: the user cache and its one ``load_or_build``;
* :mod:`.paths`: where shipped data is found.

Imports only the base layer (``normalise``, ``results``, ``errors``).
"""
