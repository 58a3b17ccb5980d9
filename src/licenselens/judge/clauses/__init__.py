"""Read the four freedoms from a license text that matches no known license.

Rubric §4: "a verdict on an unrecognised text is still required: the library
reads the clauses and decides".  :func:`read_clauses` does that in four steps:

1. :mod:`.segment` cuts the text into clauses with character offsets;
2. :mod:`.rules` (the table), :mod:`.grants`, :mod:`.scope` (negation scope) and
   :mod:`.cjk` (Korean and Chinese) say what each clause does, through
   :mod:`.matching`;
3. :mod:`.classifier` (an exported linear model, no scikit-learn) reads the
   clauses the rules left alone;
4. :mod:`.reading` turns the effects into verdicts per rubric §1.

>>> from licenselens.judge.clauses import read_clauses
>>> r = read_clauses("The Licensor hereby grants you a non-exclusive license to use, copy and "
...                  "modify the Model for non-commercial purposes only. You may not "
...                  "distribute the Model.")
>>> r.restrictions["commercial"].verdict, r.restrictions["redistribute"].verdict
('prohibited', 'prohibited')
"""

from .classifier import get_model
from .reading import MAX_CHARS, ClauseReading, read_clauses
from .rules import EFFECTS, RULES
from .segment import MAX_CLAUSE, Clause, segment

__all__ = ["ClauseReading", "Clause", "EFFECTS", "MAX_CHARS", "MAX_CLAUSE", "RULES",
           "get_model", "read_clauses", "segment"]
