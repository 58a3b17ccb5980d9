"""Judgement: an identified expression (and its text) in, four verdicts and a tier out.

* :mod:`.evaluate`: curated verdicts of each license, combined over an expression;
* :mod:`.verdicts`: a record's verdicts with evidence located in the text;
* :mod:`.clauses`: reading the clauses of a text no record covers;
* :mod:`.combine`: AND / OR of verdicts and of several results;
* :mod:`.policy`: the tier rule (rubric §2) and user policies;
* :mod:`.gate`: which tiers pass ``licenselens check``.
"""
