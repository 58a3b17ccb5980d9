"""Identification: a string or a text in, an SPDX expression tree out.

* :mod:`.strings`: identifiers, names, hub ids, trove classifiers, expressions;
* :mod:`.text`: license texts, through the ordered matchers of :mod:`.matchers`;
* :mod:`.expression`: the expression tree (``Leaf``/``Node``) and its rendering;
* :mod:`.phrases` and :mod:`.similarity`: the title/phrase finder and the bigram
  Dice scorer the matchers use.

Nothing here judges: verdicts and tiers are :mod:`licenselens.judge`.
"""
