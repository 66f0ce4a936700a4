"""Incremental same-event clustering: each new article joins the best-matching active story or starts one.

Signals, combined linearly into one score in [0, 1] (weights renormalised over the signals both sides have):

* **embedding** -- cosine between the article's USE embedding (title + lead) and the story's mean embedding;
* **tf-idf** -- cosine between the article's TF-IDF vector (hashed words plus ``ent:`` entity tokens, idf from
  document frequencies that grow with every article) and the story's summed TF-IDF centroid (top terms kept);
* **entities** -- overlap coefficient between the article's 5 most mentioned entities and the story's 10 (names
  from facts when present, else capitalised-phrase keys, all folded by :func:`text.entity_key` so that
  "Dorofeyev"/"Dorofeev" and "Karovian"/"Karovia" are one key); only when both sides have entities;
* **time** -- a penalty growing with the days between the article and the story's nearest article, and a hard
  window: only stories with an article within ``window_days`` of the article's date are candidates. Undated
  articles (and undated stories) are compared with the ``recent_stories`` most recently active stories instead.

**Languages** (issue 13): an article is scored by the rule of its language group against the story
(:func:`crosswire.stories.config.language_group`): English with English -- or either language unknown -- by
the weights above, unchanged; an article in one of the story's other languages, or in none of them, by the
group's own :class:`~crosswire.stories.config.GroupRule` (the cross-language rule leaves TF-IDF out: two
languages share no words, and that zero would count against the match), on the 80-word embedding. Each
group's score is shifted so its threshold falls on ``threshold``, so the join, merge and story-merge
comparisons below read the same for every group. When the sentence encoder does not cover the article's
language, or any of the story's (Belarusian, Ukrainian), the names alone may also carry a cross-language match.

**Same day** (issue 12): between an English (or unknown-language) article and a story that has an article of the
same publication day or a day either side (:attr:`~crosswire.stories.config.Config.same_day_gap`),
:attr:`~crosswire.stories.config.Config.same_day` may also carry the match (the better rule counts): it weighs
the whole body's TF-IDF above the 40-word lead, so reports of one event that open on different angles join one
story. Undated articles never use it.

**Shared figures** (issue 12, fifteenth pass): between an article and a story of the same day or a day either
side, in any language group, :attr:`~crosswire.stories.config.Config.same_day_figures` may also carry the match
when the two share at least two specific figures (:mod:`crosswire.stories.figures`: "5,75 %" and "5.75%" are one
value): the 80-word embedding, the names by their stems and the figures' overlap coefficient. A story keeps the
figures its articles give (:attr:`StoryState.figs`).

**Names** are compared as entity keys in the English group and by their stems
(:func:`crosswire.stories.text.name_stem`) in the others, so that a name declined in a Slavic language meets its
other forms and scripts ("Естварії" / "Estvaria").

Bounded time per article: candidates come from per-day buckets (or the recent list), are shortlisted by one
matrix product against their embedding centroids, and only the shortlist gets the sparse scores.

A **merge** (the younger story folded into the older, recorded in ``story_merges``) happens when a bridging
article scores at least ``threshold + merge_margin`` with a second story, or -- the second pass, dated stories
only -- when the article scores at least ``threshold`` with a second story within ``window_days`` and the two
stories, compared centroid to centroid (:meth:`Clusterer.story_score`, same signals and weights), score at least
``story_merge``. ``story_merge`` is the join threshold itself (a story joins another on the evidence an article
needs to join it), not a tuned number. Why only dated stories: on ECB+ (undated) the pass merges the two
sibling events of a topic (two rehab stories, two earthquakes, years apart) and costs F1 at every value below
0.65 (0.842 at 0.45 on the odd topics, against 0.912 without it); in a dated stream those siblings never share
a time window. Its cost in a dated stream with same-window look-alike events is not measured by any labelled
dataset we have (see ``bench/RESULTS-stories.md``).

The weights and thresholds are :class:`crosswire.stories.config.Config`, which says how they were chosen; the
article features are :mod:`crosswire.stories.features` and the per-story state :mod:`crosswire.stories.state`.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, OrderedDict
from collections.abc import Collection
from dataclasses import dataclass, field

import numpy as np

from crosswire.stories.config import DEFAULT_CONFIG, Config, GroupRule, encoder_covers, language_group
from crosswire.stories.features import N_FEATURES, DocFeatures
from crosswire.stories.figures import shared_figures
from crosswire.stories.state import StoryState, story_id_for
from crosswire.stories.text import name_stem


def _overlap(mine: Collection[str], theirs: Collection[str], *, stems: bool) -> float:
    """Overlap coefficient of two sets of entity keys (shared / the smaller set's size, in [0, 1]); with
    ``stems``, of their stems (:func:`~crosswire.stories.text.name_stem`: a name in any case of a declining
    language meets its other forms, "Естварії" / "Estvaria")."""
    a, b = set(mine), set(theirs)
    if stems:
        a, b = {name_stem(e) for e in a}, {name_stem(e) for e in b}
    return len(a & b) / min(len(a), len(b))


def term_dot(vec: dict[int, float], terms: dict[int, float]) -> float:
    """The dot product of two sparse term vectors (term id -> tf-idf weight), summed in ``vec``'s order:
    ``sum(w * terms.get(t, 0.0) for t, w in vec.items())``, over the shared terms only. Exact: a term ``terms``
    lacks adds ``w * 0.0``, a zero (every weight is finite: counts' tf-idf over their norm, and sums of those),
    and adding a zero to a partial sum leaves it as it is (a sum started at 0 is never -0.0), so the result
    is the same float, bit for bit (``tests/test_speed_cuts15.py``); it only skips the ~90 % of an article's
    terms a story does not hold."""
    return sum(w * terms[t] for t, w in vec.items() if t in terms)


@dataclass(slots=True)
class Assignment:
    story_id: str
    new: bool
    score: float
    merged: list[tuple[str, str, str]] = field(default_factory=list)  # (merged id, into id, reason)


class Clusterer:
    """The in-memory clustering state; :mod:`crosswire.stories.stage` loads and saves it from the store."""

    def __init__(self, config: Config = DEFAULT_CONFIG) -> None:
        self.config = config
        self.stories: dict[str, StoryState] = {}
        self.df = np.zeros(N_FEATURES, dtype=np.int32)
        self.n_docs = 0
        self.tick = 0
        self.next_seq = 0
        self._by_day: dict[int, set[str]] = {}
        self._recent: OrderedDict[str, None] = OrderedDict()  # least recently touched first
        self._undated: set[str] = set()  # stories with no dated article
        self.dirty: set[str] = set()
        self.df_dirty: Counter[int] = Counter()

    # -- indexes --------------------------------------------------------------------------------------
    def add_story(self, story: StoryState) -> None:
        self.stories[story.id] = story
        for d in story.days:
            self._by_day.setdefault(d, set()).add(story.id)
        if not story.days:
            self._undated.add(story.id)
        self._recent[story.id] = None
        self.next_seq = max(self.next_seq, story.seq + 1)

    def finish_loading(self) -> None:
        """Order the recent list by last activity after a bulk :meth:`add_story`."""
        order = sorted(self._recent, key=lambda s: (self.stories[s].touched, self.stories[s].seq))
        self._recent = OrderedDict((s, None) for s in order)

    def _drop_story(self, story: StoryState) -> None:
        for d in story.days:
            bucket = self._by_day.get(d)
            if bucket is not None:
                bucket.discard(story.id)
                if not bucket:
                    del self._by_day[d]
        self._undated.discard(story.id)
        self._recent.pop(story.id, None)
        del self.stories[story.id]

    def _touch(self, story: StoryState, day: int | None) -> None:
        self.tick += 1
        story.touched = self.tick
        if day is not None:
            story.days[day] = story.days.get(day, 0) + 1
            self._by_day.setdefault(day, set()).add(story.id)
            self._undated.discard(story.id)
        self._recent[story.id] = None
        self._recent.move_to_end(story.id)
        self.dirty.add(story.id)

    def candidates(self, day: int | None) -> list[str]:
        cfg = self.config
        if day is None:
            recent = list(itertools.islice(reversed(self._recent), cfg.recent_stories))
            return sorted(recent, key=lambda s: self.stories[s].seq)
        found: set[str] = set()
        for d in range(day - cfg.window_days, day + cfg.window_days + 1):
            found |= self._by_day.get(d, set())
        if self._undated:
            found |= {s for s in itertools.islice(reversed(self._recent), cfg.recent_stories) if s in self._undated}
        return sorted(found, key=lambda s: self.stories[s].seq)

    # -- scoring --------------------------------------------------------------------------------------
    def tfidf(self, tf: dict[int, float]) -> dict[int, float]:
        n = self.n_docs
        vec = {t: (1.0 + math.log(c)) * (math.log((1 + n) / (1 + int(self.df[t]))) + 1.0) for t, c in tf.items()}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        return {t: w / norm for t, w in vec.items()}

    def score(self, doc: DocFeatures, vec: dict[int, float], story: StoryState, emb_sim: float) -> float:
        """The article's score against the story by the rule of their language group, shifted so that the
        group's threshold falls on ``config.threshold`` (the English group is not shifted): every comparison
        with the threshold and the merge margins reads the same for every group. ``emb_sim`` is the cosine
        of the article's lead with the story's mean lead (:meth:`_rank` has it from the shortlist).

        Across languages, when the sentence encoder does not cover the article's language or any of the
        story's (:data:`~crosswire.stories.config.ENCODER_LANGUAGES`), the names alone may also carry the
        match (:attr:`Config.names_only`): the better of the two rules counts."""
        cfg = self.config
        gap = cfg.same_day_gap
        same_day = doc.day is not None and any(abs(doc.day - d) <= gap for d in story.days)
        rules = self._rules([doc.lang] if doc.lang else [], story.langs, same_day=same_day)
        best = None
        # the same for every rule: read once
        tf = term_dot(vec, story.terms) / story.term_norm if vec and story.terms else None
        for rule in rules:
            emb = None
            if np.any(doc.emb) and story.n:
                emb = float(story.long_unit @ doc.long) if rule.long_embedding else emb_sim
            ent = None
            if doc.entities and story.ents:
                ent = _overlap(doc.entities[:5], story.top_entities(10), stems=rule.name_stems)
            fig = self._figures(doc.figures, story.figs) if rule.fig_weight else None
            got = self._combine(rule, emb, tf, ent, fig)
            best = got if best is None or (got is not None and got > best) else best
        if best is None:
            return 0.0
        s = best
        if doc.day is not None and story.days:
            gap = min(abs(doc.day - d) for d in story.days)
            s -= cfg.time_weight * min(gap, cfg.window_days) / max(cfg.window_days, 1)
        return s

    def _rules(self, mine: Collection[str], theirs: Collection[str], *, same_day: bool) -> list[GroupRule]:
        """The rules an article or story (languages ``mine``) is scored by against a story (``theirs``): its
        language group's; across languages the encoder does not cover, also names alone; in the English group,
        when their publication days are at most :attr:`Config.same_day_gap` apart, also :attr:`Config.same_day`;
        in any group on such days, also :attr:`Config.same_day_figures`. The best of them counts."""
        cfg = self.config
        group = language_group(mine, theirs)
        rules = [cfg.rule(group)]
        if group == "cross" and not (encoder_covers(mine) and encoder_covers(theirs)):
            rules.append(cfg.names_only)
        if group == "en" and same_day and cfg.same_day is not None:
            rules.append(cfg.same_day)
        if same_day and cfg.same_day_figures is not None:
            rules.append(cfg.same_day_figures)
        return rules

    def _combine(
        self, rule: GroupRule, emb: float | None, tf: float | None, ent: float | None, fig: float | None = None
    ) -> float | None:
        """The weighted mean of the signals the rule weighs and both sides have (None: no such signal),
        shifted by the rule's threshold; None when no signal counts, or the rule needs the TF-IDF signal (or
        the shared figures) and it is missing."""
        cfg = self.config
        if (rule.needs_tfidf and tf is None) or (rule.needs_figures and fig is None):
            return None
        total, weight = 0.0, 0.0
        emb_weight = cfg.emb_weight if rule.emb_weight is None else rule.emb_weight
        signals = ((emb_weight, emb), (rule.tfidf_weight, tf), (rule.ent_weight, ent), (rule.fig_weight, fig))
        for w, value in signals:
            if w and value is not None:
                total += w * value
                weight += w
        if not weight:
            return None
        return total / weight + (cfg.threshold - rule.threshold)

    @staticmethod
    def _gap(a: StoryState, b: StoryState) -> int | None:
        """Days between the nearest articles of two stories; None when either is undated."""
        if not a.days or not b.days:
            return None
        return min(abs(x - y) for x in a.days for y in b.days)

    def story_score(self, a: StoryState, b: StoryState) -> float:
        """The same signals as :meth:`score`, centroid to centroid, by the rule of the two stories' language
        group and shifted the same way: how alike two whole stories are."""
        cfg = self.config
        gap = self._gap(a, b)
        rules = self._rules(a.langs, b.langs, same_day=gap is not None and gap <= cfg.same_day_gap)
        best = None
        for rule in rules:
            emb = None
            if a.n and b.n and np.any(a.emb_sum) and np.any(b.emb_sum):
                emb = float(a.long_unit @ b.long_unit) if rule.long_embedding else float(a.unit @ b.unit)
            tf = None
            if a.terms and b.terms:
                small, large = (a, b) if len(a.terms) <= len(b.terms) else (b, a)
                tf = term_dot(small.terms, large.terms) / (a.term_norm * b.term_norm)
            ent = None
            if a.ents and b.ents:
                ent = _overlap(a.top_entities(10), b.top_entities(10), stems=rule.name_stems)
            fig = self._figures(a.figs, b.figs) if rule.fig_weight else None
            got = self._combine(rule, emb, tf, ent, fig)
            best = got if best is None or (got is not None and got > best) else best
        if best is None:
            return 0.0
        s = best
        if gap is not None:
            s -= cfg.time_weight * min(gap, cfg.window_days) / max(cfg.window_days, 1)
        return round(s, 6)

    def _rank(self, doc: DocFeatures, vec: dict[int, float]) -> list[tuple[float, str]]:
        cands = self.candidates(doc.day)
        if not cands:
            return []
        cfg = self.config
        mat = np.stack([self.stories[s].unit for s in cands])
        sims = mat @ doc.emb
        keep: list[int] | range = range(len(cands))
        if len(cands) > cfg.shortlist:
            keep = sorted(np.argpartition(-sims, cfg.shortlist - 1)[: cfg.shortlist].tolist())
        scored = [(round(self.score(doc, vec, self.stories[cands[i]], float(sims[i])), 6), cands[i]) for i in keep]
        scored.sort(key=lambda x: (-x[0], self.stories[x[1]].seq))
        return scored

    # -- updates --------------------------------------------------------------------------------------
    def _absorb(self, story: StoryState, doc: DocFeatures, vec: dict[int, float]) -> None:
        cfg = self.config
        story.n += 1
        story.emb_sum = (story.emb_sum + doc.emb).astype(np.float32)
        story.long_sum = (story.long_sum + doc.long).astype(np.float32)
        if doc.lang:
            story.langs[doc.lang] = story.langs.get(doc.lang, 0) + 1
        terms = story.terms
        for t, w in vec.items():
            terms[t] = terms.get(t, 0.0) + w
        if len(terms) > cfg.max_terms:
            story.terms = dict(sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_terms])
        for e in doc.entities[:10]:
            story.ents[e] = story.ents.get(e, 0.0) + 1.0
        if len(story.ents) > cfg.max_entities:
            story.ents = dict(sorted(story.ents.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_entities])
        for f in doc.figures:
            story.figs[f] = story.figs.get(f, 0) + 1
        self._cap_figures(story)
        if doc.title and len(story.titles) < cfg.max_titles:
            story.titles.append((doc.id, doc.title, doc.emb.astype(np.float16)))
        story.forget_norms()
        self._touch(story, doc.day)

    def _cap_figures(self, story: StoryState) -> None:
        """Keep the story's ``max_figures`` most given figures (ties by the figure)."""
        if len(story.figs) > self.config.max_figures:
            ranked = sorted(story.figs.items(), key=lambda kv: (-kv[1], kv[0]))
            story.figs = dict(ranked[: self.config.max_figures])

    def _figures(self, mine: Collection[str], theirs: Collection[str]) -> float | None:
        """The overlap coefficient of two sides' specific figures (shared / the smaller side's count, in
        [0, 1]) when they share at least ``min_shared_figures``, else None (the signal is absent)."""
        shared = shared_figures(tuple(mine), tuple(theirs))
        if shared < self.config.min_shared_figures:
            return None
        return shared / min(len(set(mine)), len(set(theirs)))

    def _count_df(self, tf: dict[int, float]) -> None:
        for t in tf:
            self.df[t] += 1
            self.df_dirty[t] += 1
        self.n_docs += 1

    def _merge(self, keep: StoryState, gone: StoryState) -> None:
        cfg = self.config
        keep.n += gone.n
        keep.emb_sum = (keep.emb_sum + gone.emb_sum).astype(np.float32)
        keep.long_sum = (keep.long_sum + gone.long_sum).astype(np.float32)
        for lang, n in gone.langs.items():
            keep.langs[lang] = keep.langs.get(lang, 0) + n
        for t, w in gone.terms.items():
            keep.terms[t] = keep.terms.get(t, 0.0) + w
        keep.terms = dict(sorted(keep.terms.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_terms])
        for e, w in gone.ents.items():
            keep.ents[e] = keep.ents.get(e, 0.0) + w
        keep.ents = dict(sorted(keep.ents.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.max_entities])
        for f, c in gone.figs.items():
            keep.figs[f] = keep.figs.get(f, 0) + c
        self._cap_figures(keep)
        for d, c in gone.days.items():
            keep.days[d] = keep.days.get(d, 0) + c
            self._by_day.setdefault(d, set()).add(keep.id)
        if keep.days:
            self._undated.discard(keep.id)
        keep.titles = (keep.titles + gone.titles)[: cfg.max_titles]
        keep.forget_norms()
        self._drop_story(gone)
        self.dirty.add(keep.id)

    def assign(self, doc: DocFeatures) -> Assignment:
        """Put one (non-copy) article into a story; start one when nothing scores above the threshold."""
        cfg = self.config
        vec = self.tfidf(doc.tf)
        ranked = self._rank(doc, vec)
        if not ranked or ranked[0][0] < cfg.threshold:
            story = StoryState(id=story_id_for(doc.id), seq=self.next_seq, touched=0)
            self.next_seq += 1
            self.add_story(story)
            self._absorb(story, doc, vec)
            self._count_df(doc.tf)
            return Assignment(story.id, True, ranked[0][0] if ranked else 0.0)
        best_score, best_id = ranked[0]
        merged: list[tuple[str, str, str]] = []
        bridged = [sid for s, sid in ranked[1:] if s >= cfg.threshold + cfg.merge_margin]
        target = self.stories[best_id]
        for sid in bridged:
            target = self._fold(target, self.stories[sid], f"bridged by article {doc.id}", merged)
        self._absorb(target, doc, vec)
        self._count_df(doc.tf)
        # Second pass, dated stories only: a story the article would also have joined on its own merges when
        # the two stories, compared as wholes now that the article is in one of them, are as alike as an
        # article must be to join a story, and lie within the time window of each other.
        for s_other, sid in ranked[1:]:
            if s_other < cfg.threshold or sid in bridged or sid not in self.stories or sid == target.id:
                continue
            pair = self._alike(target, self.stories[sid])
            if pair is not None:
                reason = f"bridged by article {doc.id}; stories alike at {pair:.3f}"
                target = self._fold(target, self.stories[sid], reason, merged)
        return Assignment(target.id, False, best_score, merged)

    def _alike(self, a: StoryState, b: StoryState) -> float | None:
        """The centroid score of two dated stories within the time window of each other when it reaches
        ``story_merge`` (they should merge), else None."""
        gap = self._gap(a, b)
        if gap is None or gap > self.config.window_days:
            return None
        pair = self.story_score(a, b)
        return pair if pair >= self.config.story_merge else None

    def _fold(
        self, target: StoryState, other: StoryState, reason: str, merged: list[tuple[str, str, str]]
    ) -> StoryState:
        """Merge the younger of two stories into the older; record it in ``merged``; the story kept."""
        keep, gone = (target, other) if target.seq <= other.seq else (other, target)
        self._merge(keep, gone)
        merged.append((gone.id, keep.id, reason))
        return keep

    def absorb(self, story_id: str, doc: DocFeatures, vec: dict[int, float]) -> None:
        """Add one article to a story exactly as :meth:`assign` does once it has chosen the story (``vec`` is
        :meth:`tfidf` of its terms): for rebuilding a story's state from chosen articles
        (:mod:`crosswire.stories.windows`)."""
        self._absorb(self.stories[story_id], doc, vec)

    def fold(self, keep_id: str, gone_id: str) -> None:
        """Merge story ``gone_id`` into ``keep_id`` as a bridging merge does: states summed, ``gone_id`` dropped."""
        self._merge(self.stories[keep_id], self.stories[gone_id])

    def add_copy(self, story_id: str, day: int | None) -> None:
        """A syndicated copy: it extends the story's time span but adds nothing new to its centroid."""
        story = self.stories.get(story_id)
        if story is not None:
            self._touch(story, day)
