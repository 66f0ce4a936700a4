"""Turn the cleaners' findings (TextParts) into an Article: contributors, agency, dateline, outlet, date and
language resolved in one place so the text and HTML paths agree. Input metadata (``raw.outlet``,
``raw.published``, ``raw.title``, ``raw.language``) always wins over inference.
"""

from __future__ import annotations

import re

from crosswire.clean.credits import (
    UPPER,
    agencies_in,
    agency_named,
    parse_byline,
    parse_name_line,
    trailing_agency,
)
from crosswire.clean.metadata import (
    TAGLINE,
    dateline_end,
    detect_language,
    detect_outlet,
    menu_name,
    outlet_from_site_name,
    outlet_over_title,
    outlet_without_section,
    parse_dateline,
    written_case,
)
from crosswire.clean.outlet_lines import byline_outlet, masthead_line_outlet, slogan_masthead_outlet
from crosswire.clean.parts import TextParts
from crosswire.clean.published import copyright_years, infer_published, plausible_published, published_from_stamps
from crosswire.model import Article, Block, RawDocument, RemovedLine


def empty_article(raw: RawDocument) -> Article:
    """An Article with no body: the id, source, hash and whatever metadata the container gave."""
    digest = raw.hash  # SHA-256 of the whole raw page: computed once, not once per use
    article = Article(
        id=raw.id or digest[:16],
        source=raw.source,
        content_hash=digest,
        title=raw.title,
        url=raw.url,
        outlet=raw.outlet,
        published=raw.published,
        language=raw.language,
        kind=raw.kind,
    )
    return article


def _resolve_agency(parts: TextParts, dateline_agency: str | None) -> str | None:
    """Dateline "(Reuters) -" first, then text credits, then the agency most credited in photo captions."""
    if dateline_agency:
        return dateline_agency
    for credit in reversed(parts.credits):
        if credit.agencies:
            return credit.agencies[0]
    votes: dict[str, int] = {}
    for caption in parts.captions.captions:
        for name in agencies_in(caption.credit or ""):
            votes[name] = votes.get(name, 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else None


# A place before a date stamp above the text: "Valverde, 07/02/2024 - 09:14", and with a region in brackets and a
# dash, "ZWOLLE (Paesi Bassi) – 2 dicembre 2026" (a new user's Italian copy lost its dateline to the stamp line).
_PLACE_STAMP = re.compile(
    rf"^([{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{0,3}})(?:\s*\([^()]{{1,30}}\))?(?:,|\s*[–—-])\s*\d"
)


def finish_article(
    raw: RawDocument,
    parts: TextParts,
    published_hint: str | None = None,
    outlet_hint: str | None = None,
    url_hint: str | None = None,
) -> Article:
    """The Article a cleaner's findings make, with its metadata resolved.

    Input: the raw document, what the cleaner found (``parts``), and the page's own claims where it has
    them: ``published_hint`` (ISO 8601), ``outlet_hint`` (a site name) and ``url_hint`` (its address).
    Output: an Article whose body is ``parts.blocks`` and whose removed lines, captions, credits,
    contributors, byline, dateline, agency, outlet, language and publication date are resolved here, once
    for both cleaners. Precedence: the container's metadata (``raw.*``), then the page's hints, then what
    the text shows. A placeholder date (year 1, a zero timestamp) is never taken. Raises nothing of its own.
    """
    article = empty_article(raw)
    article.url = raw.url or url_hint
    _strip_agency_tags(parts)
    article.blocks = [Block(kind, text) for kind, text, _ in parts.blocks]
    article.captions = parts.captions.captions
    article.credits = [c.text for c in parts.credits]
    article.removed = [RemovedLine(text=t, reason=r, line=n) for t, r, n in parts.removed]
    article.title = raw.title or parts.title
    article.contributors = _contributors(parts)
    if parts.bylines:
        article.byline = ", ".join(parts.bylines[0])
    if raw.byline:  # the container's authors win, as its other metadata does
        article.byline = raw.byline
        named = [n for n in _given_names(raw.byline) if n not in article.contributors]
        article.contributors = named + article.contributors
    paragraphs = article.paragraphs
    dateline_agency = _set_dateline(article, paragraphs, parts.header_stamps)
    _drop_dateline_byline(article, parts)
    article.agency = _resolve_agency(parts, dateline_agency)
    evidence = parts.furniture_text + article.credits + [c.credit for c in article.captions if c.credit]
    article.outlet = (
        raw.outlet
        or outlet_from_site_name(outlet_hint, article.url)
        or detect_outlet(article.url, evidence, parts.first_line, parts.top_lines)
        or masthead_outlet(parts)
    )
    bylined = byline_outlet_of(parts)
    article.outlet = article.outlet or bylined
    if bylined:  # "By Helen Carver, Marrowby Herald": the paper is no contributor
        article.contributors = [n for n in article.contributors if n.lower() != bylined.lower()]
        if parts.bylines and not raw.byline:
            article.byline = ", ".join(n for n in parts.bylines[0] if n.lower() != bylined.lower()) or None
    _credit_agency_copyrights(article, parts)
    article.outlet = (
        article.outlet
        or agency_own_copy(parts)
        or agency_own_page(parts, article.agency)
        or outlet_over_title(parts.line_over_title, article.body, article.contributors)
    )
    if _headline_named(article.outlet, article.title, parts):
        article.outlet = bylined or masthead_outlet(parts) or agency_own_copy(parts)
        article.outlet = None if _headline_named(article.outlet, article.title, parts) else article.outlet
    # a channel title, a site name or a record's field may carry the site's section ("L'Écho maritime –
    # Actualités", "Der Tagesbote | Nachrichten"): the outlet is the name without it, whichever path gave it
    article.outlet = outlet_without_section(article.outlet)
    # a masthead in capitals ("EL HERALDO DE CASTALUNA") is shown as the page writes the name elsewhere (its footer,
    # copyright line, site name), else title-cased
    page_lines = [outlet_hint or "", *parts.furniture_text, *(text for text, _r, _n in parts.removed), *article.credits]
    article.outlet = written_case(article.outlet, page_lines)
    article.agency = _agency_not_own_name(article.agency, article.outlet)
    if article.agency and not dateline_agency and not any(c.agencies for c in parts.credits):
        article.agency = _caption_agency_not_joint(article.agency, article.outlet, parts)
    article.language = raw.language or detect_language(article.body or " ".join(parts.caption_lines))
    article.published = (
        plausible_published(raw.published)
        or plausible_published(published_hint)
        or published_from_stamps(parts.header_stamps, day_first=article.language != "en", language=article.language)
        or infer_published(
            paragraphs,
            parts.caption_lines + [c.text for c in article.captions],
            language=article.language,
            page_years=copyright_years([text for text, reason, _ in parts.removed if reason == "legal"]),
        )
    )
    return article


def _headline_named(outlet: str | None, title: str | None, parts: TextParts) -> bool:
    """Whether ``outlet`` is the article's headline (or the headline line of a pre-scraped text's top): a headline
    is never the outlet (a new user's Italian article was listed under its own headline as its source). Case,
    spacing and end marks aside."""
    if not outlet:
        return False
    key = _plain(outlet)
    heads = [title, parts.title, parts.first_line if parts.first_line == parts.title else None]
    return any(h and _plain(h) == key for h in heads)


def _plain(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .!?:;,\"'“”«»")


# The first lines of a pre-scraped text read for a masthead line ("Eurostream Radio | Français" over a menu line).
MASTHEAD_TOP_LINES = 2


def masthead_outlet(parts: TextParts) -> str | None:
    """The site's name a masthead line at the top of the text prints ("Eurostream Radio | Français", "The Marrowby
    Herald — Home": :func:`~crosswire.clean.outlet_lines.masthead_line_outlet`), read on the first line and the
    first :data:`MASTHEAD_TOP_LINES` top lines; None when none is one."""
    lines = [parts.first_line or "", *parts.top_lines[:MASTHEAD_TOP_LINES]]
    found = next((name for line in lines if line and (name := masthead_line_outlet(line))), None)
    if found:
        return found
    # a masthead with its slogan or date ("The Westmoor Post — Your region, every day"), never the headline's line
    heads = {_plain(parts.title or "")}
    return next(
        (name for line in lines if line and _plain(line) not in heads and (name := slogan_masthead_outlet(line))),
        None,
    )


def byline_outlet_of(parts: TextParts) -> str | None:
    """The outlet the text's first byline naming one gives after its writers ("By Helen Carver, Marrowby Herald":
    :func:`~crosswire.clean.outlet_lines.byline_outlet`), read on the lines removed as bylines and the credit lines
    that name contributors, then an HTML page's meta author; None when none names one."""
    lines = [text for text, reason, _n in parts.removed if reason == "byline"]
    lines += [c.text for c in parts.credits if c.contributors and c.text not in lines]
    lines += [parts.author] if parts.author else []
    return next((name for line in lines if (name := byline_outlet(line))), None)


# Words of an outlet's name too common to show that a photo credit names the outlet ("Le", "The", "Daily" ...).
_OUTLET_FILLER = frozenset(
    "the le la les l de des du di del della der die das el los las a of and et und y e daily news post times "
    "journal gazette herald tribune".split()
)


def _caption_agency_not_joint(agency: str, outlet: str | None, parts: TextParts) -> str | None:
    """``agency`` (read from photo captions' credits alone) unless every caption credit that names it also names
    the outlet ("© Courrier/AFP" under Le Courrier de l'Europe's picture): a joint credit shows the outlet's own
    picture desk buying an agency photo, not that the text is the agency's copy. An AP story re-run elsewhere
    credits its photos to the agency alone ("(AP Photo/Ria Vos)"), and that still names the agency. Input: the
    agency from :func:`_resolve_agency`, the resolved outlet (or None: nothing changes) and the cleaner's parts.
    Output: the agency or None. An outlet word counts when it has four or more letters and is no filler
    (:data:`_OUTLET_FILLER`), matched case-insensitively as a whole word of the credit."""
    if not outlet:
        return agency
    words = {w for w in re.findall(r"\w+", outlet.lower()) if len(w) >= 4 and w not in _OUTLET_FILLER}
    naming = [c.credit for c in parts.captions.captions if c.credit and agency in agencies_in(c.credit)]
    if not naming or not words:
        return agency
    joint = all(words & set(re.findall(r"\w+", credit.lower())) for credit in naming)
    return None if joint else agency


def _agency_not_own_name(agency: str | None, outlet: str | None) -> str | None:
    """``agency`` unless it is the outlet's own name, which a dateline's brackets credit as a wire's ("TORVIK, 1 dic
    (Eurostream) -" on Eurostream Radio's page): an agency the data file does not list whose words open the
    outlet's name or make all of it, and no agency's name by its shape either. A listed agency stays (Reuters' own
    story on reuters.com is the wire's copy), and so does a name with an agency's word (``[credits] agency_words``:
    "Vistula Wire" over its own copy is the wire that published it, :func:`agency_own_copy`)."""
    if not agency or not outlet or agency_named(agency):
        return agency
    a, o = agency.lower().split(), outlet.lower().split()
    if o[: len(a)] == a or (o[:1] == ["the"] and o[1 : len(a) + 1] == a):
        return None
    return agency


def _strip_agency_tags(parts: TextParts) -> None:
    """Move an agency's tag that closes a paragraph ("... a déclaré le ministre. (AFP)", "... /ТАСС/",
    "... (PAP)") out of the body into the credits (in place), so the agency is the article's and the text
    is the story's. The last paragraph's tag may follow any word: there it signs the story."""
    last = max((i for i, block in enumerate(parts.blocks) if block[0] == "paragraph"), default=-1)
    for i, (kind, text, no) in enumerate(parts.blocks):
        if kind != "paragraph":
            continue
        found = trailing_agency(text, after_sentence=i != last)
        if found is None:
            continue
        body, credit = found
        parts.blocks[i] = (kind, body, no)
        parts.credits.append(credit)
        parts.removed.append((credit.text, "credit", no))


def _given_names(byline: str) -> list[str]:
    """The people of a container's byline ("Ana Ruiz and Tom Berg", "Ana Ruiz, Reuters"): its parts split at
    commas, semicolons, "and" and "&", agencies left out."""
    parts = re.split(r"\s*(?:[,;&]|\band\b)\s*", byline)
    return [p.strip() for p in parts if p.strip() and not agencies_in(p)]


def _contributors(parts: TextParts) -> list[str]:
    """Every name from the bylines and the credit lines, once each, in order."""
    contributors: list[str] = []
    for names in parts.bylines + [c.contributors for c in parts.credits]:
        for name in names:
            if name not in contributors:
                contributors.append(name)
    return contributors


STANDFIRST_WORDS = 45  # words of a first paragraph read as a standfirst, above a dateline (news standfirsts run 15-40)


def _set_dateline(article: Article, paragraphs: list[str], header_stamps: list[str]) -> str | None:
    """Set the article's dateline from its first paragraph ("MOSCOW (Reuters) -"), else from a place-and-time
    stamp above the text ("Valverde, 07/02/2024 - 09:14"); return the agency the dateline names."""
    dateline_agency = None
    if paragraphs:
        article.dateline, dateline_agency = parse_dateline(paragraphs[0])
    if article.dateline is None and len(paragraphs) > 1 and len(paragraphs[0].split()) <= STANDFIRST_WORDS:
        # "OSKARMOOR (Valdénie) — Le constructeur ..." under a standfirst (a new user's French page): the place
        # only, and an agency only where one is listed or an acronym, since a bracket there may name the region
        article.dateline, bracket = parse_dateline(paragraphs[1])
        dateline_agency = bracket if bracket and (agency_named(bracket, credited=True) or bracket.isupper()) else None
    if article.dateline is None:
        for stamp in header_stamps:
            m = _PLACE_STAMP.match(stamp)
            if m:
                article.dateline = m.group(1)
                break
    return dateline_agency


# The most words a dateline's paragraph holds after the dateline to be a byline alone ("Lucía Ruiz, enviada
# especial.", "Par Claire Morel, envoyée spéciale à Tolvika"): a name of 2-4 words and a role of up to 6.
DATELINE_BYLINE_WORDS = 10


def _drop_dateline_byline(article: Article, parts: TextParts) -> None:
    """Take a first paragraph that is a dateline and a byline only ("CASTERNO (Ardesia), 24 de noviembre. Lucía
    Berrondo, enviada especial.", a new user's Spanish feed) out of the body (in place): the dateline is already
    the article's, the reporter becomes its byline when it has none, and the line is listed as removed
    ("byline"). The rest must read as a byline (:func:`~crosswire.clean.credits.parse_byline`) or a name with a
    role (:func:`~crosswire.clean.credits.parse_name_line`) in at most :data:`DATELINE_BYLINE_WORDS` words, and
    another paragraph must follow: a story is never emptied."""
    if article.dateline is None:
        return
    first = next((i for i, b in enumerate(article.blocks) if b.kind == "paragraph"), None)
    if first is None or not any(b.kind == "paragraph" for b in article.blocks[first + 1 :]):
        return
    text = article.blocks[first].text
    end = dateline_end(text)
    rest = text[end:].strip().rstrip(".").strip()
    if not end or not rest or len(rest.split()) > DATELINE_BYLINE_WORDS:
        return
    names = parse_byline(rest) or parse_name_line(rest)
    if not names:
        return
    del article.blocks[first]
    article.removed.append(RemovedLine(text=text, reason="byline", line=parts.blocks[first][2]))
    if article.byline is None:
        article.byline = ", ".join(names)
    article.contributors += [n for n in names if n not in article.contributors]


def agency_own_copy(parts: TextParts) -> str | None:
    """The agency whose own copy the text is, or None: its byline credits an agency ("By Elena Marsh, Balkan
    Wire Service") and its copyright line names the same agency ("(c) 2026 Balkan Wire Service"). Called when
    nothing else names an outlet: the agency then published the text itself and is its outlet (a site that
    re-runs agency copy prints its own name, which wins). The name is the agency's as the credits give it."""
    bylined = {a for c in parts.credits if c.contributors for a in c.agencies}
    for credit, _index in parts.agency_copyrights:
        for agency in credit.agencies:
            if agency in bylined:
                return agency
    return None


def agency_own_page(parts: TextParts, filed_by: str | None = None) -> str | None:
    """The agency whose own page the text is, or None: the page's menu line names an agency as the site
    ("Balkan Wire Service | World | Europe | Business") and its copyright line names the same agency ("(c) 2026
    Balkan Wire Service. All rights reserved."). Called when nothing else names an outlet, as
    :func:`agency_own_copy` is: a site that re-runs agency copy prints its own name in its menu and footer, so the
    agency named in both is the publisher (a new user's wire text was left with no outlet and its evidence labelled
    with the file's name). The agency that filed the story (``filed_by``: its dateline's or its credit line's,
    "VELMORA, Carvelia, Dec 1 (Norland Press) -") vouches as the copyright line does: a menu line naming the same
    agency as the site makes its own page. Input: the cleaner's findings and the article's agency; output: the
    agency's name as the copyright (or the article's agency) gives it."""
    menus = [parts.first_line or "", *parts.top_lines, *parts.furniture_text]
    named = {m.lower() for line in menus if (m := menu_name(line, agencies=True)) is not None}
    # a pasted wire text's first line, "Meridian Press Agency | Wire": the site's name before its tagline
    named |= {TAGLINE.split(line.strip(), maxsplit=1)[0].strip().lower() for line in parts.top_lines[:1] if line}
    if parts.first_line:
        named.add(TAGLINE.split(parts.first_line.strip(), maxsplit=1)[0].strip().lower())
    for credit, _index in parts.agency_copyrights:
        for agency in credit.agencies:
            if agency.lower() in named:
                return agency
    menu_names = {m.lower() for line in menus[:4] if (m := menu_name(line, agencies=True)) is not None}
    if filed_by and filed_by.lower() in menu_names:
        return filed_by
    return None


def _credit_agency_copyrights(article: Article, parts: TextParts) -> None:
    """A copyright line naming a wire agency ("Copyright 2024 The Associated Press ...") credits the agency,
    unless the agency is the outlet itself (Reuters' own footer on reuters.com)."""
    outlet = (article.outlet or "").lower()
    for credit, index in parts.agency_copyrights:
        agency = credit.agencies[0]
        if outlet and (agency.lower() in outlet or any(a.lower() in outlet for a in agencies_in(article.outlet or ""))):
            continue
        article.credits.append(credit.text)
        article.removed[index].reason = "credit"
        if article.agency is None:
            article.agency = agency
