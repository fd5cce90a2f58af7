"""The corpus of report PDFs: the reports, and what a reader must find in each.

Run by `make.sh`, which prints each with LibreOffice (and one with Chromium) and dumps the
text pdf.js reads from it. The expected findings are written from the same words the reports
are made of, so the key cannot drift from the documents.
"""

import json
import random
import sys
from pathlib import Path

from reports import (Report, bh_, box, bullets, columns, cover, footnoted, h1, h2, h3, numbered,
                     p, page_break, prose, sidebar, spaced, table)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def uk(iso):
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {MONTHS[month - 1]} {year}"


def field_lines(blocks):
    """The finding's words as a draft's field holds them."""
    lines = []
    for block in blocks:
        kind = block[0]
        if kind in ("p", "h3", "bh"):
            lines.append(block[1])
        elif kind == "bullets":
            lines.extend(f"- {item}" for item in block[1])
        elif kind == "numbered":
            lines.extend(f"{n}. {item}" for n, item in enumerate(block[1], 1))
        else:
            raise ValueError(kind)
    return lines


def finding(report, kind, number, heading, body, addressee="", due=None, boxed=False):
    """Lays out a finding under its heading and records it."""
    report.expect(kind, number, field_lines(body), addressee, due)
    if boxed:
        return [box(bh_(heading), *[bh_(b[1]) if b[0] == "h3" else b for b in body])]
    return [h3(heading), *body]


def by(iso, who, rest):
    return f"By {uk(iso)}, {who} should {rest}"


# The reports --------------------------------------------------------------------------------

def peel(name, force, published, seed, tagged=True):
    """A PEEL 2023–25 force report: causes of concern each followed by its recommendations,
    areas for improvement under the PEEL questions, and practice boxes that are not findings."""
    title = f"PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of {force}"
    r = Report(name, title, published, running_head=f"PEEL 2023–25: {force}", tagged=tagged)
    r.add(cover(r, [f"Published: {uk(published)}", "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services"]))
    r.add(h1("Overall summary"), *prose(seed, 3))
    r.add(footnoted("Our judgments are based on the PEEL assessment framework 2023–25, which sets out the characteristics of good policing.",
                    "The framework is available on our website."))
    r.add(h1("Investigating crime"), *prose(seed + 1, 2))
    r.add(h2("Cause of concern"))
    due = "2026-03-31"
    r.add(*finding(r, "coc", "", "Cause of concern", [
        p(f"{force} isn’t doing enough to make sure that investigations are carried out effectively and that victims receive the service they should expect."),
        h3("Recommendations"),
        p(by(due, "the force", "make sure that:")),
        bullets(
            "investigations are allocated to officers and staff with the skills, training and experience to carry them out;",
            "supervisors review investigations regularly and record clear actions for the investigating officer; and",
            "victims are kept informed of the progress of their investigation, in line with the Code of Practice for Victims of Crime.",
        ),
    ], "the force", due, boxed=True))
    r.add(*prose(seed + 2, 2))
    r.add(box(bh_("Innovative practice: Operation Lantern"),
              p("The force has set up a team of volunteers who contact victims of burglary within a day of the offence, to offer crime prevention advice and reassurance."),
              p("Victims we spoke to valued this contact, and repeat burglaries in the pilot area fell by a fifth.")))
    r.add(h1("Protecting vulnerable people"), *prose(seed + 3, 2))
    r.add(*finding(r, "afi", "1", "Area for improvement 1", [
        p("The force should improve how it assesses and records risk when officers attend domestic abuse incidents, so that the right safeguarding is put in place quickly."),
    ]))
    r.add(*prose(seed + 4, 1))
    r.add(*finding(r, "afi", "2", "Area for improvement 2", [
        p("The force should make sure that it uses all available legal powers to protect vulnerable people, including domestic violence protection notices and orders."),
    ]))
    r.add(h1("Managing offenders and suspects"), *prose(seed + 5, 3))
    r.add(h2("Cause of concern"))
    due2 = "2026-06-30"
    r.add(*finding(r, "coc", "", "Cause of concern", [
        p("The force doesn’t effectively manage the risk posed by registered sex offenders, and the backlog of overdue visits has grown since our last inspection."),
        h3("Recommendation"),
        p(by(due2, "the force", "reduce the number of overdue visits to registered sex offenders, and make sure that each offender’s risk is assessed and managed in line with national guidance.")),
    ], "the force", due2, boxed=True))
    r.add(box(bh_("Promising practice: A single point of contact for schools"),
              p("Each secondary school in the county has a named officer who attends weekly, which has helped to build trust with young people.")))
    r.add(h1("Building, supporting and protecting the workforce"), *prose(seed + 6, 2))
    r.add(*finding(r, "afi", "3", "Area for improvement 3", [
        p("The force should make sure that supervisors have enough time to carry out their supervisory responsibilities, including the wellbeing of their teams."),
    ]))
    r.add(*prose(seed + 7, 2))
    return r


def thematic():
    """A national thematic: numbered recommendations to chief constables, the College of
    Policing, the Home Office and the NPCC, with dates and 4a/4b, in the chapters."""
    title = "An inspection of how well the police tackle violence against women and girls in public spaces"
    r = Report("thematic-national", title, "2025-09-18",
               running_head="Violence against women and girls in public spaces", meta_title="")
    r.add(cover(r, ["September 2025", "Published 18 September 2025"]))
    r.add(h1("Foreword"), *prose(11, 3))
    r.add(h1("Chapter 1: Understanding the problem"), *prose(12, 4))
    r.add(*finding(r, "rec", "1", "Recommendation 1", [
        p(by("2026-04-30", "the College of Policing", "update its authorised professional practice on public space violence to include the use of problem-solving approaches in the night-time economy.")),
    ], "the College of Policing", "2026-04-30", boxed=True))
    r.add(*prose(13, 3))
    r.add(*finding(r, "rec", "2", "Recommendation 2", [
        p(by("2026-06-30", "chief constables", "make sure that their forces record every report of a crime against a woman or girl in a public space accurately, and that the data is reviewed by a chief officer each quarter.")),
    ], "chief constables", "2026-06-30", boxed=True))
    r.add(h1("Chapter 2: Working with others"), *prose(14, 4))
    r.add(*finding(r, "rec", "3", "Recommendation 3", [
        p(by("2026-03-31", "the Home Office", "work with the National Police Chiefs’ Council to publish a national strategy for reducing violence against women and girls in public spaces, setting out the responsibilities of each agency.")),
    ], "the Home Office", "2026-03-31", boxed=True))
    r.add(*prose(15, 2))
    r.add(*finding(r, "rec", "4a", "Recommendation 4a", [
        p(by("2026-09-30", "the National Police Chiefs’ Council", "develop guidance for forces on the use of CCTV and other technology to protect women and girls in public spaces.")),
    ], "the National Police Chiefs’ Council", "2026-09-30", boxed=True))
    r.add(*finding(r, "rec", "4b", "Recommendation 4b", [
        p(by("2026-12-31", "chief constables", "adopt the guidance in recommendation 4a and report to their police and crime commissioners on how they have done so.")),
    ], "chief constables", "2026-12-31", boxed=True))
    r.add(h1("Conclusion"), *prose(16, 3))
    return r


def letter():
    """An accelerated cause of concern letter to a chief constable."""
    title = "Accelerated cause of concern: Northshire Police’s response to calls for service"
    r = Report("accelerated-letter", title, "2025-11-04", running_head="Northshire Police: accelerated cause of concern",
               meta_title="Microsoft Word - ACoC letter Northshire FINAL v3.docx")
    r.add(cover(r, ["Chief Constable Jane Doe", "Northshire Police", "Published 4 November 2025"]))
    r.add(p("Dear Chief Constable,"),
          p("I am writing to tell you that we have identified a cause of concern in Northshire Police’s response to the public, which we are publishing ahead of our full PEEL report."),
          *prose(21, 2))
    r.add(*finding(r, "coc", "", "Cause of concern", [
        p("Northshire Police isn’t answering emergency and non-emergency calls quickly enough, and it doesn’t attend incidents within the times it has set itself. This means that vulnerable people may be put at risk."),
        h3("Recommendations"),
        p(by("2026-02-28", "Northshire Police", "make sure that:")),
        bullets(
            "it answers 90 percent of emergency calls within ten seconds;",
            "it has enough trained call handlers on each shift to meet demand; and",
            "it reviews the risk to callers who are waiting for officers to attend, and updates them.",
        ),
    ], "Northshire Police", "2026-02-28", boxed=True))
    r.add(*prose(22, 1), p("Yours sincerely,"), p("Michelle Skeer"), p("His Majesty’s Inspector of Constabulary"))
    return r


def joint():
    """A joint inspection, with two-column sections and recommendations to several bodies."""
    title = "A joint inspection of the criminal justice response to youth knife crime"
    r = Report("joint-inspection", title, "2025-07-10", running_head="Joint inspection: youth knife crime", tagged=False)
    r.add(cover(r, ["HMICFRS, HM Inspectorate of Probation and HM Crown Prosecution Service Inspectorate",
                    "Published on 10 July 2025"]))
    r.add(h1("Summary"))
    r.add(columns(*prose(31, 6)))
    r.add(h1("Recommendations"))
    r.add(p("We have made the following recommendations to the bodies responsible."))
    r.add(*finding(r, "rec", "1", "Recommendation 1", [
        p(by("2026-01-31", "chief constables and youth offending team managers", "agree a joint protocol for sharing information about children carried knives, so that each child is offered support.")),
    ], "chief constables and youth offending team managers", "2026-01-31"))
    r.add(*finding(r, "rec", "2", "Recommendation 2", [
        p(by("2026-03-31", "the Crown Prosecution Service", "make sure that prosecutors consider the child’s circumstances, including exploitation, in every charging decision involving a knife.")),
    ], "the Crown Prosecution Service", "2026-03-31"))
    r.add(*finding(r, "rec", "3", "Recommendation 3", [
        p(by("2026-05-31", "the Youth Justice Board", "publish data each year on the outcomes for children who are cautioned or convicted for knife possession.")),
    ], "the Youth Justice Board", "2026-05-31"))
    r.add(h1("Findings in detail"))
    r.add(columns(*prose(32, 8)))
    r.add(*prose(33, 2))
    return r


def in_a_table():
    """A progress report whose findings are listed in a table."""
    title = "Custody services in Westshire: an inspection of police custody"
    r = Report("findings-table", title, "2025-05-22", running_head="Custody services in Westshire")
    r.add(cover(r, ["Report on an unannounced inspection", "Published 22 May 2025"]))
    r.add(h1("Introduction"), *prose(41, 3))
    r.add(h1("Recommendations and areas for improvement"))
    r.add(p("The table below lists what we found needs to improve."))
    rows = [
        ("1", by("2025-11-30", "the force", "make sure that detainees are seen by a healthcare professional promptly when they need to be."), "the force", "2025-11-30"),
        ("2", by("2025-11-30", "the force", "improve the quality of its custody records, so that every decision about a detainee’s care is recorded with its reasons."), "the force", "2025-11-30"),
        ("3", by("2026-02-28", "the force and its health partners", "make sure that detainees with mental health needs are assessed and transferred without delay."), "the force and its health partners", "2026-02-28"),
    ]
    r.add(table(["Number", "Recommendation", "Addressed to", "By"],
                [[n, text, who, uk(d)] for n, text, who, d in rows]))
    for n, text, who, d in rows:
        r.expect("rec", n, [text], who, d)
    r.add(*prose(42, 3))
    return r


def summary_and_full():
    """Recommendations listed in the summary and again in full in the chapters."""
    title = "The police response to stalking: a thematic inspection"
    r = Report("summary-and-full", title, "2025-03-06", running_head="The police response to stalking")
    r.add(cover(r, ["Published 6 March 2025"]))
    recs = [
        ("1", "2025-09-30", "chief constables", "make sure that stalking is recognised and recorded correctly, including when it is reported as harassment."),
        ("2", "2025-12-31", "the College of Policing", "provide training for call handlers and first responders on how to identify stalking."),
        ("3", "2026-03-31", "chief constables", "make sure that stalking protection orders are considered in every case where they could protect a victim."),
    ]
    r.add(h1("Summary"), *prose(51, 2), h2("Our recommendations"))
    r.add(numbered(*[by(d, who, rest) for _, d, who, rest in recs]))
    r.add(h1("Recognising stalking"), *prose(52, 3))
    r.add(*finding(r, "rec", "1", "Recommendation 1", [p(by(recs[0][1], recs[0][2], recs[0][3]))], recs[0][2], recs[0][1], boxed=True))
    r.add(h1("Protecting victims"), *prose(53, 3))
    r.add(*finding(r, "rec", "2", "Recommendation 2", [p(by(recs[1][1], recs[1][2], recs[1][3]))], recs[1][2], recs[1][1], boxed=True))
    r.add(*prose(54, 2))
    r.add(*finding(r, "rec", "3", "Recommendation 3", [p(by(recs[2][1], recs[2][2], recs[2][3]))], recs[2][2], recs[2][1], boxed=True))
    r.add(*prose(55, 2))
    return r


def long_report(name, pages_of_prose, seed):
    """A long report with findings spread through its chapters."""
    title = "State of policing: the annual assessment of policing in England and Wales 2025"
    r = Report(name, title, "2025-10-30", running_head="State of policing 2025", tagged=True)
    r.add(cover(r, ["Presented to Parliament", "Published 30 October 2025"]))
    rng = random.Random(seed)
    number = 0
    chapters = max(4, pages_of_prose // 6)
    for chapter in range(1, chapters + 1):
        r.add(h1(f"Chapter {chapter}: {rng.choice(['Public confidence', 'Workforce', 'Investigations', 'Vulnerability', 'Leadership', 'Technology'])}"))
        r.add(*prose(seed * 100 + chapter, max(3, pages_of_prose * 5 // chapters)))
        if chapter % 2 == 1:
            number += 1
            due = f"2026-{(number % 12) + 1:02d}-{[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][number % 12]}"
            who = rng.choice(["chief constables", "the Home Office", "the College of Policing"])
            r.add(*finding(r, "rec", str(number), f"Recommendation {number}", [
                p(by(due, who, f"take the action set out in chapter {chapter} to improve how the service meets the needs of the public, and report on its progress.")),
            ], who, due, boxed=True))
            r.add(*prose(seed * 100 + chapter + 50, 2))
    return r


def fire():
    """A fire and rescue service inspection, areas for improvement listed under a heading."""
    title = "Fire and rescue service inspection 2025: Eastmoor Fire and Rescue Service"
    r = Report("fire-service", title, "2025-12-02", running_head="Eastmoor Fire and Rescue Service")
    r.add(cover(r, ["Effectiveness, efficiency and people", "Published 2 December 2025"]))
    r.add(h1("Overview"), *prose(61, 2))
    r.add(h1("Preventing fires and other risks"), *prose(62, 2))
    r.add(h2("Areas for improvement"))
    items = [
        "The service should make sure that it targets its prevention work at the people most at risk from fire.",
        "The service should evaluate its prevention activity so that it understands what works.",
    ]
    r.add(bullets(*items))
    for n, text in enumerate(items, 1):
        r.expect("afi", str(n), [text])
    r.add(*prose(63, 2))
    r.add(h1("Responding to fires and other emergencies"), *prose(64, 2))
    r.add(*finding(r, "coc", "", "Cause of concern", [
        p("The service doesn’t have enough on-call firefighters available to keep its fire engines available, and this reduces its ability to respond to emergencies."),
        h3("Recommendation"),
        p(by("2026-05-31", "the service", "make sure that it has an effective plan to improve the availability of its on-call fire engines.")),
    ], "the service", "2026-05-31", boxed=True))
    r.add(*prose(65, 2))
    return r


def sidebars():
    """A report with frames of figures and quotes beside the text."""
    title = "Police response to anti-social behaviour: a spotlight report"
    r = Report("sidebars", title, "2025-08-14", running_head="Anti-social behaviour: spotlight report")
    r.add(cover(r, ["Published 14 August 2025"]))
    r.add(h1("Introduction"))
    r.add(sidebar(p("Key figures"), p("1.1 million incidents of anti-social behaviour were recorded by police in the year to March 2025."), p("One in three people saw it in their area.")))
    r.add(*prose(71, 4))
    r.add(h1("What we found"))
    r.add(sidebar(p("“The police don’t come any more, so we stopped calling.”"), p("A resident of a housing estate")))
    r.add(*prose(72, 4))
    r.add(*finding(r, "afi", "1", "Area for improvement 1", [
        p("Forces should make sure that repeat victims of anti-social behaviour are identified when they call, and that their vulnerability is assessed."),
    ]))
    r.add(*finding(r, "rec", "1", "Recommendation 1", [
        p(by("2026-01-31", "chief constables", "make sure that their forces use the powers in the Anti-social Behaviour, Crime and Policing Act 2014 effectively, and that officers are trained to use them.")),
    ], "chief constables", "2026-01-31"))
    r.add(*prose(73, 3))
    return r


def vetting():
    """A report with letter-spaced headings, numbered findings and ligatures in its words."""
    title = "Vetting, misconduct and misogyny in the police service: a revisit"
    r = Report("vetting-revisit", title, "2026-01-20", running_head="Vetting and misconduct: a revisit")
    r.add(cover(r, ["Published 20 January 2026"]))
    r.add(spaced("CONTENTS"), p("Summary, findings, recommendations, areas for improvement."))
    r.add(h1("Summary"), *prose(81, 3))
    r.add(spaced("RECOMMENDATIONS"))
    r.add(*finding(r, "rec", "1", "Recommendation 1", [
        p(by("2026-07-31", "chief constables", "make sure that their vetting units have sufficient staff, with the right skills, to fulfil their responsibilities efficiently and effectively.")),
    ], "chief constables", "2026-07-31"))
    r.add(*finding(r, "rec", "2", "Recommendation 2", [
        p(by("2026-10-31", "the College of Policing", "define the official figures of misconduct outcomes that each force must publish, so that the public can compare forces.")),
    ], "the College of Policing", "2026-10-31"))
    r.add(spaced("AREAS FOR IMPROVEMENT"))
    r.add(*finding(r, "afi", "1", "Area for improvement 1", [
        p("Forces should improve the effectiveness of their counter-corruption units in identifying officers who abuse their position for a sexual purpose."),
    ]))
    r.add(*prose(82, 3))
    return r


def columns_and_notes():
    """Findings inside a two-column section, a footnote in a finding's words, a finding whose
    heading and words share a line, and a long finding carried over a page."""
    title = "An inspection of the effectiveness of the Regional Organised Crime Units"
    r = Report("columns-and-notes", title, "2025-02-13", running_head="Regional Organised Crime Units", tagged=False,
               meta_title="ROCU_inspection_final.docx")
    r.add(cover(r, ["Published 13 February 2025"]))
    r.add(h1("Summary"), *prose(91, 3))
    r.add(h1("Tackling serious and organised crime"))
    r.add(columns(*prose(92, 2), h3("Area for improvement 1"),
                  p("Regional organised crime units should improve their multi-agency problem-solving with local partners, so that disruption lasts."),
                  *prose(93, 2)))
    r.expect("afi", "1", ["Regional organised crime units should improve their multi-agency problem-solving with local partners, so that disruption lasts."])
    r.add(*prose(94, 2))
    r.add(h3("Recommendation 1"))
    r.add(footnoted(by("2025-12-31", "chief constables", "make sure that their forces’ intelligence systems are linked to the regional unit’s systems."),
                    "As set out in the national intelligence model."))
    r.expect("rec", "1", [by("2025-12-31", "chief constables", "make sure that their forces’ intelligence systems are linked to the regional unit’s systems.")],
             "chief constables", "2025-12-31")
    r.add(*prose(95, 2))
    r.add(p("Area for improvement 2: Units should make sure that they record the outcomes of every disruption, so that they can tell which tactics work best."))
    r.expect("afi", "2", ["Units should make sure that they record the outcomes of every disruption, so that they can tell which tactics work best."])
    r.add(*prose(96, 4))
    long_list = [f"{thing};" for thing in [
        "it has enough trained financial investigators to meet demand",
        "its officers understand how to use ancillary orders after conviction",
        "it shares what it learns from each operation with the forces in its region",
        "its analysts have access to the data they need from each force",
        "it reviews the threat from each organised crime group at least every three months",
        "it uses the full range of powers to disrupt organised crime groups",
        "it tells victims of fraud what has happened in their case",
        "its leaders hold regular reviews of the unit’s performance",
    ]] + ["it publishes an annual account of its work."]
    r.add(*finding(r, "rec", "2", "Recommendation 2", [
        p(by("2025-09-30", "each regional organised crime unit", "make sure that:")),
        bullets(*long_list),
    ], "each regional organised crime unit", "2025-09-30"))
    r.add(*prose(97, 3))
    return r


def no_findings():
    """A report with no findings: an annual assessment that makes none."""
    title = "Policing in numbers: a data bulletin"
    r = Report("no-findings", title, "2025-01-30", running_head="Policing in numbers")
    r.add(cover(r, ["Published 30 January 2025"]))
    r.add(h1("Introduction"), *prose(101, 4), h1("What the data shows"), *prose(102, 5))
    return r


REPORTS = [
    lambda: peel("peel-force", "Southshire Police", "2025-06-12", 1),
    lambda: peel("peel-untagged", "Midvale Constabulary", "2025-04-24", 7, tagged=False),
    thematic,
    letter,
    joint,
    in_a_table,
    summary_and_full,
    lambda: long_report("long-60-pages", 84, 3),
    fire,
    sidebars,
    vetting,
    columns_and_notes,
    no_findings,
]


def all_reports():
    return [make() for make in REPORTS]


# For the benchmark: a report of 100 pages and more, read end to end in the browser.
BENCH = lambda: long_report("report-100-pages", 140, 9)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    from odt import fodt
    for report in all_reports():
        (out / f"{report.name}.fodt").write_text(fodt(report), encoding="utf-8")
        expected = {"title": report.title, "published": report.published, "findings": report.findings}
        (out / f"{report.name}.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        (out / f"{report.name}.tagged").write_text("true" if report.tagged else "false")
    (out / "bench").mkdir(exist_ok=True)
    (out / "bench" / "report-100-pages.fodt").write_text(fodt(BENCH()), encoding="utf-8")
