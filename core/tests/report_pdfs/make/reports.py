"""The reports of the PDF corpus, written as the inspectorate writes them.

Each report is a list of blocks (see `odt.py` for how each is laid out). A finding is written
with `finding(...)`, which both lays it out and records what the reader must find: its kind,
number, addressee, due date and text. The text is the finding's paragraphs as a draft's field
holds them: a line each, bullets as "- ", numbered points as "1. ".
"""

import random

KINDS = {
    "coc": "cause_of_concern",
    "rec": "recommendation",
    "afi": "area_for_improvement",
}


class Report:
    def __init__(self, name, title, published, *, running_head, meta_title=None,
                 tagged=True, columns_note=""):
        self.name = name
        self.title = title
        self.published = published  # ISO date, or None when the report gives none
        self.running_head = running_head
        # What the PDF's own metadata calls it: the title, a file name, or nothing.
        self.meta_title = title if meta_title is None else meta_title
        self.tagged = tagged
        self.blocks = []
        self.findings = []

    def add(self, *blocks):
        self.blocks.extend(blocks)
        return self

    def expect(self, kind, number, text_lines, addressee="", due=None):
        self.findings.append({
            "kind": KINDS[kind],
            "number": number,
            "addressee": addressee,
            "due": due,
            "text": "\n".join(text_lines),
        })


# Blocks -------------------------------------------------------------------------------------

def h1(text):
    return ("h1", text)


def h2(text):
    return ("h2", text)


def h3(text):
    return ("h3", text)


def p(text):
    return ("p", text)


def bullets(*items):
    return ("bullets", list(items))


def numbered(*items):
    """Numbered paragraphs, the numbers written by the word processor's own numbering."""
    return ("numbered", list(items))


def box(*blocks):
    """Paragraphs in a bordered, shaded box."""
    return ("box", list(blocks))


def sidebar(*blocks):
    """A frame beside the text, which the text flows around."""
    return ("sidebar", list(blocks))


def columns(*blocks):
    """A section set in two columns."""
    return ("columns", list(blocks))


def table(header, rows):
    return ("table", header, rows)


def spaced(text):
    """A heading set letter-spaced, as some covers and section breaks are."""
    return ("spaced", text)


def page_break():
    return ("break",)


def cover(report, lines):
    return ("cover", report.title, lines)


# Prose --------------------------------------------------------------------------------------

SENTENCES = [
    "We found that the force has made progress since our last inspection, although some of its improvements are recent and not yet embedded.",
    "Supervisors told us that they did not always have the time to review the investigations allocated to their teams.",
    "The force has invested in its control room, and call handlers now use a structured assessment of threat, harm and risk.",
    "In the cases we reviewed, victims were not always told about the outcome of their investigation or offered an explanation of it.",
    "Neighbourhood officers are regularly taken away from their duties to cover shortfalls in response teams, which limits their problem-solving work.",
    "Leaders understand the demand on their workforce, and they have a clear plan to recruit and retain detectives over the next two years.",
    "The force's data on stop and search is published promptly, and an independent panel scrutinises a sample of body-worn video footage each month.",
    "Officers and staff we spoke to were positive about the wellbeing support available, including access to occupational health and trauma counselling.",
    "Although the force has a good understanding of its performance, it does not consistently use that understanding to improve outcomes for victims.",
    "We reviewed a sample of investigations into domestic abuse and found that the quality of initial investigation was inconsistent across the force area.",
    "The force works well with local partners to safeguard vulnerable people, and its multi-agency arrangements are effective.",
    "Some staff told us that the force's new records management system had slowed their work, and that training had not prepared them for it.",
    "The force has improved how it identifies repeat victims, but it needs to make sure that the information is used when officers attend incidents.",
    "We were pleased to see that the force listens to the views of its communities and uses them to set its local priorities.",
    "Digital forensic examinations are taking too long, and the backlog has grown since our last inspection despite additional funding.",
    "The force's approach to vetting is thorough, and it has cleared the backlog of renewals that we identified in our previous report.",
]


def prose(seed, paragraphs, sentences=(3, 5)):
    """Paragraphs of an inspection's prose, the same each run."""
    rng = random.Random(seed)
    return [p(" ".join(rng.sample(SENTENCES, rng.randint(*sentences)))) for _ in range(paragraphs)]


def footnoted(text, note):
    """A paragraph with a footnote at its end: `text` then the marker."""
    return ("p", text, note)


def bh_(text):
    """The heading inside a box."""
    return ("bh", text)
