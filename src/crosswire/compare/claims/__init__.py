"""Claims aligned across independent sources: which sentences of different outlets state the same claim
(agreed), the same claim with incompatible values (a conflict, with a typed reason), or nothing another source
states (single-source).

Steps, one module each: :mod:`.units` (each source's claims, with canonical entities and values),
:mod:`.pairs` (candidate pairs from shared terms, entities and values, and their features), :mod:`.model`
(the pair scorer, a logistic model fitted on the tune half of the alignment gold by
``bench/train_alignment.py``), :mod:`.groups` (pairs into groups across three or more sources),
:mod:`.acts` and :mod:`.slots` (what a value measures, one act in any wording), :mod:`.values` (values of
aligned claims compared: agreed, or a conflict and why) and :mod:`.items`
(the comparison's items, each citing only the sources whose own sentence is its evidence).

Why hand-written: no library aligns news claims across outlets; the scorer's weights are learned from the
project's own hand-built gold (``bench/alignment/``).
"""

from crosswire.compare.claims.align import ClaimAlignment, align_claims

__all__ = ["ClaimAlignment", "align_claims"]
