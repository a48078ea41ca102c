#!/usr/bin/env python3
# make_gold.py: build and validate the gold files of the Quotecheck SECOND
# blind evaluation set (tests/data/blind2/gold/*.json).
#
# Copyright 2026 The Quotecheck developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The set was written after the first blind set had been opened for engine
# fixes; no engine rule was tuned on it, and the gold was
# final before the engine was first run on the articles. Do not tune the
# engine on it (see README.md in this folder).
#
# Usage:
#   python3 tests/data/blind2/make_gold.py          rebuild every gold file
#                                                   from SPECS, then validate
#   python3 tests/data/blind2/make_gold.py --check  validate the files on disk
#   python3 tests/data/blind2/make_gold.py -q       no per-file table
#
# The helpers (S, D, P, I, TITLE, SCARE), the builder that finds each quote's
# offsets from its text, and every check live in ../goldtools.py (shared by all
# three sets); this file holds the specifications only.

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..")))

from goldtools import (D, I, MULTI, P, S, SCARE, STANDALONE, TITLE,  # noqa: E402,F401
                       run, spec)

ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SOURCE = ("Quotecheck second blind evaluation article, written for the "
          "project after the first blind set was opened for engine fixes")


# --------------------------------------------------------------------------
# blind2-01: US state agency story, AP style, curly double quotes, American
# punctuation (“…,” and “…” closing a sentence); headline "…, state says";
# split quote with the cue inside; multi-paragraph quote; "Asked whether";
# unnamed engineer; relative clauses ("The department, which …, said");
# "according to the department"; a group (residents) and a farm bureau;
# "called X “…”"; a report title; a nickname used by farmers

REPORT_IN_REPORT = ("a report inside a report: only the outer clause is "
                    "annotated; the quoted fragment belongs to whoever the "
                    "words come from")

spec("blind2-01-mill-dam-removal", [
    S("Department of Natural Resources", "organisation",
      "state agency that owns the dam",
      ["state", "the state Department of Natural Resources",
       "The department", "the department"]),
    S("Renata Okonjo", "person", "state natural resources commissioner",
      ["Commissioner Renata Okonjo", "Okonjo"]),
    S("Dale Whitcomb", "person", "farmer downstream of the dam",
      ["Dale Whitcomb", "Whitcomb"]),
    S("Hollis County Farm Bureau", "organisation", "farmers' organisation",
      ["The Hollis County Farm Bureau"]),
    S("unnamed senior department engineer", "person",
      "engineer at the Department of Natural Resources",
      ["A senior department engineer"]),
    S("residents of the Lower Mill neighborhood", "group",
      "residents who sent written comments",
      ["Residents of the Lower Mill neighborhood"]),
    S("Martin Hollaway", "person",
      "president of the Corliss Valley Anglers Association",
      ["Martin Hollaway"]),
    S("unnamed farmers", "group", "farmers opposed to the removal",
      ["Some farmers"]),
], [
    I("Tanner Mill Dam will come down next summer",
      "Department of Natural Resources", "state",
      note="headline '…, state says'"),
    I("The 140-year-old Tanner Mill Dam on the Corliss River will be removed "
      "next summer", "Department of Natural Resources",
      "the state Department of Natural Resources",
      note="the trailing participle 'ending a three-year fight …' is the "
           "writer's background and is left out"),
    D("“This dam has outlived every purpose it was built for,”",
      "Renata Okonjo", "Commissioner Renata Okonjo"),
    D("“It no longer powers anything, it no longer holds back floods, and it "
      "is the single biggest barrier to trout in this watershed.”",
      "Renata Okonjo", "Commissioner Renata Okonjo"),
    I("the removal would cost about $6.2 million, most of it covered by a "
      "federal fish-passage grant, and that work would begin in June once the "
      "spring runoff had passed", "Renata Okonjo", "Okonjo",
      note="coordinated 'A, and that B': one span"),
    I("an engineering review completed in March found the dam’s concrete "
      "core “badly fractured.”", "Department of Natural Resources",
      "The department",
      note="relative clause 'which had twice delayed its decision' is not "
           "speech; the span ends inside the closing mark (American "
           "punctuation)"),
    P("“badly fractured.”", "Department of Natural Resources",
      "The department",
      note="words of the department's own engineering review, relayed by "
           "the department"),
    D("“The pond will be gone,”", "Renata Okonjo", "Okonjo"),
    D("“but the river will be back, and so will the fish.”", "Renata Okonjo",
      "Okonjo", note="second part of a split quote, lower case"),
    I("the millpond was the only reliable source of irrigation water for at "
      "least a dozen farms", "Dale Whitcomb", "Dale Whitcomb"),
    D("“They keep talking about trout,”", "Dale Whitcomb", "Whitcomb"),
    D("“Nobody in the capital has ever had to watch a field dry up in "
      "August.”", "Dale Whitcomb", "Whitcomb"),
    P("“a gift to people who don’t live here.”", "Dale Whitcomb", "He",
      note="'called X “…”': complement, partial only"),
    I("the plan could force some of its members out of business",
      "Hollis County Farm Bureau", "The Hollis County Farm Bureau",
      note="'warned that A and said B': two verbs, two spans"),
    I("it was weighing a lawsuit", "Hollis County Farm Bureau",
      "The Hollis County Farm Bureau"),
    I("the department had set aside $800,000 for “alternative water supply” "
      "and would meet each farmer individually", "Renata Okonjo", "Okonjo",
      note="'Asked whether …' is not annotated; the answer is"),
    P("“alternative water supply”", "Renata Okonjo", "Okonjo"),
    D("“We are not walking away from the farmers,”", "Renata Okonjo", "she"),
    D("“We will keep meeting with every one of them until each one has "
      "water.\n\n“If that takes longer than the removal itself, so be it.”",
      "Renata Okonjo", "she", note=MULTI),
    I("the dam had been “one bad storm away” from failing for at least a "
      "decade", "unnamed senior department engineer",
      "A senior department engineer"),
    P("“one bad storm away”", "unnamed senior department engineer",
      "A senior department engineer"),
    I("the pond was the heart of the village and that draining it would "
      "lower property values", "residents of the Lower Mill neighborhood",
      "Residents of the Lower Mill neighborhood",
      note="written comments; coordinated that-clauses, one span"),
    I("about 2,400 people submitted comments, and roughly two-thirds "
      "supported removal", "Department of Natural Resources",
      "the department", note="'According to the department, …'"),
    D("“We’ve waited a long time for this,”", "Martin Hollaway",
      "Martin Hollaway", note="inverted 'said Martin Hollaway, president …'"),
    D("“In five years, you’ll see brook trout spawning where there’s mud "
      "today.”", "Martin Hollaway", "Martin Hollaway"),
    TITLE("“A River Reconnected,”"),
    P("“fly-rod lobby.”", "unnamed farmers", "Some farmers",
      note="a nickname the farmers use ('calling the anglers the …'): "
           "their words, partial only"),
    I("he would be at the next public meeting", "Dale Whitcomb", "Whitcomb"),
    D("“I’ll be the one in the front row,”", "Dale Whitcomb", "he"),
])


# --------------------------------------------------------------------------
# blind2-02: British regional health story, curly single quotes with a
# double nested, punctuation outside fragments (‘…’.), apostrophes
# (trust’s, Workers’, Kessick’s); headline "Midwives warn …"; "as the trust
# insisted"; multi-paragraph quote after "said:"; denied; argued … and
# claimed; inverted "said its regional organiser, X"; unnamed midwife;
# "was quoted in the Vale Gazette as saying that"; "Asked whether"; petition
# title; "called for" (NP object, not annotated)

spec("blind2-02-maternity-unit-closure", [
    S("unnamed midwives at Kessick General Hospital", "group",
      "midwives at the maternity unit",
      ["Midwives", "Midwives at Kessick General Hospital"]),
    S("Western Vale Hospitals Trust", "organisation",
      "hospital trust that runs Kessick General",
      ["The Western Vale Hospitals Trust", "the hospital trust",
       "The trust", "the trust"]),
    S("Joanna Pryce", "person", "the trust's chief nurse",
      ["Joanna Pryce", "Ms Pryce"]),
    S("Midwifery and Birth Workers’ Union", "organisation", "trade union",
      ["the Midwifery and Birth Workers’ Union"]),
    S("Tom Bastable", "person", "regional organiser of the union",
      ["Tom Bastable", "Mr Bastable"]),
    S("unnamed midwife at the unit", "person",
      "midwife at Kessick who did not want to be named",
      ["A midwife at the unit"]),
    S("Leah Moran", "person", "organiser of the petition", ["Leah Moran"]),
    S("Graham Lindqvist", "person", "local MP",
      ["Local MP Graham Lindqvist", "Graham Lindqvist"]),
    S("Voice of the Vale", "organisation", "patients' group",
      ["The patients’ group Voice of the Vale", "Voice of the Vale"]),
], [
    I("maternity unit closure will leave mothers ‘at risk’",
      "unnamed midwives at Kessick General Hospital", "Midwives",
      note="headline 'Midwives warn …'"),
    P("‘at risk’", "unnamed midwives at Kessick General Hospital",
      "Midwives", note="headline fragment; the body has ‘at real risk’"),
    I("plans to close its maternity unit overnight will put women in labour "
      "‘at real risk’", "unnamed midwives at Kessick General Hospital",
      "Midwives at Kessick General Hospital"),
    P("‘at real risk’", "unnamed midwives at Kessick General Hospital",
      "Midwives at Kessick General Hospital"),
    I("the change was temporary", "Western Vale Hospitals Trust",
      "the hospital trust", note="'as the hospital trust insisted …'"),
    I("it could no longer staff the unit safely at night and that a "
      "recruitment drive had failed to fill 14 vacancies",
      "Western Vale Hospitals Trust", "The Western Vale Hospitals Trust"),
    D("‘Nobody wants to do this. We have looked at every alternative, and the "
      "honest answer is that we do not have enough midwives to run two units "
      "round the clock.\n\n‘I would rather move births for a few months than "
      "have a mother and baby harmed because a ward was short.’",
      "Joanna Pryce", "Joanna Pryce", note=MULTI),
    I("the move was a first step towards closing the unit for good",
      "Joanna Pryce", "She", note="'denied that …'"),
    I("the trust would review it in September", "Joanna Pryce", "She",
      note="second verb 'and said' of the same subject: own span"),
    I("the same promise had been made when Kessick’s special care baby unit "
      "closed in 2019", "Midwifery and Birth Workers’ Union",
      "the Midwifery and Birth Workers’ Union"),
    D("‘That was “temporary” too,’", "Tom Bastable", "Tom Bastable",
      note="inverted 'said its regional organiser, Tom Bastable'; the "
           "nested double-quoted word is not annotated"),
    D("‘It never reopened.’", "Tom Bastable", "Tom Bastable"),
    I("the real problem was pay", "Tom Bastable", "Mr Bastable",
      note="'argued that A, and claimed that B': two spans"),
    I("three midwives had left for agency work in the past month alone",
      "Tom Bastable", "Mr Bastable"),
    I("staff had been ‘begging’ for more help since the summer",
      "unnamed midwife at the unit", "A midwife at the unit"),
    P("‘begging’", "unnamed midwife at the unit", "A midwife at the unit"),
    D("‘We are exhausted,’", "unnamed midwife at the unit", "she"),
    D("‘Some nights there are two of us for the whole floor.’",
      "unnamed midwife at the unit", "she"),
    TITLE("‘Keep Kessick Births’"),
    I("the drive to Arlow was ‘unthinkable’ in winter", "Leah Moran",
      "Leah Moran"),
    P("‘unthinkable’", "Leah Moran", "Leah Moran"),
    D("‘If the pass is shut, it is an hour and a half,’", "Leah Moran",
      "she"),
    D("‘What happens to the woman whose baby comes quickly?’", "Leah Moran",
      "she"),
    I("fewer than one birth a week would be affected and that women at "
      "higher risk would already be booked into Arlow",
      "Western Vale Hospitals Trust", "The trust",
      note="relative clause 'which ran the figures past …' is not speech"),
    I("he would ‘fight this decision every step of the way’",
      "Graham Lindqvist", "Local MP Graham Lindqvist",
      note="'was quoted in the Vale Gazette as saying that': relayed by the "
           "newspaper; the speaker is the MP"),
    P("‘fight this decision every step of the way’", "Graham Lindqvist",
      "Local MP Graham Lindqvist"),
    I("he had written to the health secretary and was waiting for a reply",
      "Graham Lindqvist", "he",
      note="'Asked whether …' is not annotated; the answer is"),
    I("it had received more than 200 messages from worried families",
      "Voice of the Vale", "The patients’ group Voice of the Vale",
      note="'called for a full public consultation' is an NP object and is "
           "not annotated"),
    I("the trust would hold drop-in sessions for expectant parents next "
      "week", "Joanna Pryce", "Ms Pryce"),
    D("‘We will answer every question we can,’", "Joanna Pryce", "she"),
])


# --------------------------------------------------------------------------
# blind2-03: US city story, straight double quotes, straight apostrophes
# (riders', That's, Vantro's), American punctuation ("…," and "…" closing a
# sentence); headline "…, researcher says"; lead "…, a security researcher
# said"; company statement with two partials; "saying" participle; insisted;
# "Asked whether"; two unnamed engineers; "called X "…""; a writer's scare
# quote; Aug. and a.m.

spec("blind2-03-scooter-data-leak", [
    S("Priya Raman", "person", "independent security researcher",
      ["researcher", "a security researcher", "Priya Raman", "Raman"]),
    S("Vantro Mobility", "organisation", "electric scooter company",
      ["Vantro Mobility", "Vantro"]),
    S("Connor Bley", "person", "Vantro chief executive",
      ["Connor Bley", "Bley"]),
    S("Dana Kessler", "person",
      "city councilwoman, chair of the transportation committee",
      ["City Councilwoman Dana Kessler", "Dana Kessler", "Kessler"]),
    S("unnamed Vantro engineers", "group",
      "two engineers who spoke on condition of anonymity",
      ["Two Vantro engineers"]),
    S("Port Addison Department of Transportation", "organisation",
      "city department", ["The city's Department of Transportation"]),
    S("Marcus Tell", "person", "director of the Fairdata Alliance",
      ["Marcus Tell", "Tell"]),
], [
    I("Scooter company exposed riders' trip histories", "Priya Raman",
      "researcher", note="headline '…, researcher says'"),
    I("Vantro Mobility, the electric scooter company that operates 3,000 "
      "rental scooters in Port Addison, left the trip histories of more than "
      "80,000 riders open on the internet for at least five weeks",
      "Priya Raman", "a security researcher",
      note="the embedded apposition stays in; the researcher is named in "
           "the next paragraph"),
    I("the files included start and end points for every ride since "
      "January, along with riders' email addresses and the last four digits "
      "of their payment cards", "Priya Raman", "Priya Raman"),
    D('"You could pick any name and see where that person slept, where they '
      'worked and which bar they left at 2 a.m.,"', "Priya Raman", "Raman"),
    D('"That\'s not a leak. That\'s a map of people\'s lives."',
      "Priya Raman", "Raman"),
    I("she had reported the problem to the company on Aug. 3 and that the "
      "database was locked two days later", "Priya Raman", "Raman"),
    I('it had "no evidence" that anyone other than Raman had accessed the '
      'files and that the data had been "anonymized."', "Vantro Mobility",
      "Vantro", note="'In a statement, Vantro said …'; coordinated "
                     "that-clauses, one span ending inside the closing mark"),
    P('"no evidence"', "Vantro Mobility", "Vantro"),
    P('"anonymized."', "Vantro Mobility", "Vantro"),
    I('the "anonymized" records still carried each rider\'s email address',
      "Priya Raman", "Raman",
      note="'saying' participle after 'disputed that' (NP object, not "
           "annotated)"),
    P('"anonymized"', "Vantro Mobility", "Vantro",
      note="the researcher echoes the company's word; the words come from "
           "the company's statement"),
    I("the company had acted quickly", "Connor Bley", "Connor Bley",
      note="'insisted'"),
    D('"The moment we were told, we shut it down,"', "Connor Bley", "he"),
    D('"We take this seriously, and we are notifying every affected rider '
      'this week."', "Connor Bley", "he"),
    I('it was "looking at every option" but had not decided', "Connor Bley",
      "Bley", note="'Asked whether …' is not annotated; the answer is"),
    P('"looking at every option"', "Connor Bley", "Bley"),
    I("the city's permit required operators to delete trip data after 90 "
      "days, and that she wanted to know why Vantro had kept it for eight "
      "months", "Dana Kessler", "City Councilwoman Dana Kessler",
      note="relative clause 'who chairs …' is not speech; coordinated "
           "that-clauses, one span"),
    D('"If they broke the terms of their permit, there will be '
      'consequences,"', "Dana Kessler", "Kessler"),
    D('"We gave them our sidewalks. We didn\'t give them our residents\' '
      'privacy."', "Dana Kessler", "Kessler"),
    I('the database had been set up as a test system in the spring and '
      '"forgotten about."', "unnamed Vantro engineers",
      "Two Vantro engineers"),
    P('"forgotten about."', "unnamed Vantro engineers",
      "Two Vantro engineers"),
    I("it had asked all three scooter operators to confirm by Friday that "
      "they were following the 90-day rule",
      "Port Addison Department of Transportation",
      "The city's Department of Transportation",
      note="'asked X to confirm that …' inside the report is part of the "
           "outer clause"),
    SCARE('"smart city"'),
    P('"exactly what we warned about"', "Marcus Tell", "Marcus Tell",
      note="'called the leak \"…\"': complement, partial only"),
    D('"Every one of these companies promises it is different,"',
      "Marcus Tell", "Tell"),
    D('"Then one of them turns out to be storing everything in a folder with '
      'the door open."', "Marcus Tell", "Tell"),
    P('"bank-level security."', "Vantro Mobility", "Vantro",
      after="Its privacy page",
      note="written text: the company's privacy page 'promised riders "
           "\"…\"' (NP object), partial only"),
    I("she had asked for no reward", "Priya Raman", "Raman"),
    D('"I just want them to fix it,"', "Priya Raman", "she"),
])


# --------------------------------------------------------------------------
# blind2-04: diplomatic row, wire style: translated speech in « » with ‹ ›
# nested, commas and full stops outside the closing guillemet (`«…», X
# said`), English speech in “ ”; headline fragment; "what Merovia called
# «…»"; split guillemet quote with the cue inside ("«A», Varga replied
# later, «are …»"); relative clauses; denied (NP object); "Asked whether";
# unnamed diplomat and official; "according to Ostrian state television"

spec("blind2-04-border-bridge-row", [
    S("Ilse Varga", "person", "Ostrian foreign minister",
      ["Ostrian Foreign Minister Ilse Varga", "Varga"]),
    S("Merovian government", "organisation", "government of Merovia",
      ["Merovia", "Merovian government"]),
    S("Ostrian foreign ministry", "organisation", "foreign ministry of Ostria",
      ["the Ostrian foreign ministry"]),
    S("Merovian interior ministry", "organisation",
      "ministry responsible for the border police",
      ["Merovia’s interior ministry"]),
    S("Paul Adler", "person", "Merovian government spokesman",
      ["Merovian government spokesman Paul Adler", "Adler"]),
    S("unnamed Merovian diplomat", "person",
      "diplomat who spoke on condition of anonymity",
      ["A Merovian diplomat"]),
    S("unnamed European official", "person",
      "European official familiar with the talks",
      ["A European official familiar with the talks"]),
    S("Tomas Hruby", "person", "mayor of Kell", ["Tomas Hruby"]),
    S("Maria Lenz", "person", "leader of the Civic Alliance",
      ["Maria Lenz"]),
    S("Ostrian state television", "organisation", "broadcaster",
      ["Ostrian state television"]),
    S("Merovian transport ministry", "organisation",
      "transport ministry of Merovia", ["Merovia’s transport ministry"]),
], [
    P("«provocation»", "Ilse Varga", "Varga",
      note="headline fragment; the body gives the word to the foreign "
           "minister («This is a provocation, …»)"),
    P("«urgent structural checks»", "Merovian government", "Merovia",
      note="'what Merovia called «…»': complement, partial only"),
    I("the closure, which cut off some 4,000 daily commuters, was a "
      "political decision dressed up as an engineering one", "Ilse Varga",
      "Ostrian Foreign Minister Ilse Varga",
      note="the embedded relative clause stays in"),
    D("«Nobody closes a bridge at midnight, without warning, to check its "
      "bolts»", "Ilse Varga", "Varga",
      note="translated speech; comma outside the closing guillemet"),
    D("«This is a provocation, and we will treat it as one.»", "Ilse Varga",
      "Varga"),
    I("the ambassador had been called home «for consultations» and that "
      "Ostria reserved the right to take the matter to the regional court of "
      "arbitration", "Ostrian foreign ministry",
      "the Ostrian foreign ministry"),
    P("«for consultations»", "Ostrian foreign ministry",
      "the Ostrian foreign ministry"),
    I("inspectors had found cracks in two of the bridge’s supporting piers "
      "during a routine survey and that the crossing would reopen «as soon as "
      "it is safe, and not one hour later»", "Merovian interior ministry",
      "It", note="'denied any political motive' is an NP object and is not "
                 "annotated; 'It said' refers to the interior ministry"),
    P("«as soon as it is safe, and not one hour later»",
      "Merovian interior ministry", "It"),
    D("“We understand the frustration of the families who use this bridge "
      "every day. But we will not put lives at risk to avoid a diplomatic "
      "argument.”", "Paul Adler", "Merovian government spokesman Paul Adler",
      note="English speech in “ ” after 'said:'"),
    I("a notice had been sent «through the usual channels» on Sunday "
      "evening", "Paul Adler", "Adler",
      note="'Asked whether …' is not annotated; the answer is"),
    P("«through the usual channels»", "Paul Adler", "Adler"),
    D("«The usual channels»", "Ilse Varga", "Varga",
      note="split quote: 'Varga replied later' interrupts the sentence"),
    D("«are apparently a fax machine that nobody has looked at since 1998»",
      "Ilse Varga", "Varga",
      note="second part of the split quote; full stop outside the mark"),
    I("the timing was «unfortunate» but that the engineers’ report was "
      "genuine", "unnamed Merovian diplomat", "A Merovian diplomat"),
    P("«unfortunate»", "unnamed Merovian diplomat", "A Merovian diplomat"),
    I("both sides had been asked to avoid further steps until the report "
      "could be reviewed by independent experts", "unnamed European official",
      "A European official familiar with the talks"),
    I("shops on his side of the river had lost most of their customers "
      "overnight", "Tomas Hruby", "Tomas Hruby"),
    D("«People here do not care about ‹channels› or ‹consultations›»",
      "Tomas Hruby", "he",
      note="nested ‹ › words are not annotated"),
    D("«They want to get to work.»", "Tomas Hruby", "he"),
    I("the government had «overreacted badly»", "Maria Lenz", "Maria Lenz",
      note="'accused Varga of …' (gerund) and 'urged it to …' (infinitive) "
           "are not annotated"),
    P("«overreacted badly»", "Maria Lenz", "Maria Lenz"),
    I("about 300 people gathered at the closed bridge on Monday evening, some "
      "carrying Ostrian flags", "Ostrian state television",
      "Ostrian state television",
      note="'According to Ostrian state television, …'"),
    I("a temporary ferry would begin running on Wednesday",
      "Merovian transport ministry", "Merovia’s transport ministry"),
])


# --------------------------------------------------------------------------
# blind2-05: British regional arts story, straight single quotes as the main
# marks with straight doubles nested, straight apostrophes everywhere (I'm,
# '80s, shouldn't, painting's); headline title and a quote after a colon;
# "said: '…'"; confirmed … but said; a report inside a report; a
# parenthetical "he added" splitting an indirect clause; a cue-less quote
# paragraph; "Asked whether"; inverted "said Ms Quinlan" and "said one, X";
# a book title; relative clauses on trustees and the council

spec("blind2-05-museum-painting-fake", [
    S("Simon Aldous", "person", "director of the Brackwater Museum",
      ["Museum chief", "The director of the Brackwater Museum",
       "director Simon Aldous", "Simon Aldous", "Mr Aldous"]),
    S("scientists at the Fenwick Institute", "group",
      "scientists who tested the painting",
      ["Scientists at the Fenwick Institute"]),
    S("Hannah Leigh", "person", "former curator of the museum, retired",
      ["Hannah Leigh"]),
    S("Alan Fife", "person", "former director of the museum",
      ["Alan Fife"]),
    S("Owen Patel", "person", "lead researcher at the Fenwick Institute",
      ["Dr Owen Patel", "Owen Patel", "Dr Patel"]),
    S("Brackwater Museum trustees", "group", "the museum's trustees",
      ["The museum's trustees"]),
    S("Brackwater council", "organisation", "council that funds the museum",
      ["The council"]),
    S("Rosa Quinlan", "person", "local historian, Carrow's biographer",
      ["Local historian Rosa Quinlan", "Rosa Quinlan", "Ms Quinlan"]),
    S("Jean Colley", "person", "museum visitor, 72", ["Jean Colley"]),
    S("police", "organisation", "police", ["Police"]),
    S("unnamed spokesman for the dealer's family", "person",
      "spokesman for the family of the dealer who sold the painting",
      ["A spokesman for the dealer's family"]),
], [
    TITLE("'Harbour at Dusk'", occ=0),
    D("'We were fooled, and I'm sorry'", "Simon Aldous", "Museum chief",
      occ=0, note="headline quote after a colon"),
    TITLE("'Harbour at Dusk'", occ=1),
    I("the gallery had ignored warning signs for years", "Simon Aldous",
      "The director of the Brackwater Museum",
      note="'has apologised …, and admitted …'"),
    I("the canvas contained a white pigment that was not made until the "
      "1950s", "scientists at the Fenwick Institute",
      "Scientists at the Fenwick Institute"),
    D("'We were fooled, and I'm sorry. People came from all over the country "
      "to see this picture, and they deserved the real thing.'",
      "Simon Aldous", "director Simon Aldous", note="'said: '…''"),
    I("the museum had bought the work in 1984 from a private dealer and had "
      "never tested it", "Simon Aldous", "He"),
    D("'In the '80s, you trusted the paperwork,'", "Simon Aldous", "he",
      note="the apostrophe of '80s is not a quote mark"),
    D("'We shouldn't have.'", "Simon Aldous", "he"),
    I("a former curator had questioned the painting's brushwork in 2009",
      "Simon Aldous", "Mr Aldous", note="'confirmed that …'"),
    I("the concerns were 'never put in writing' and did not reach the board",
      "Simon Aldous", "Mr Aldous",
      note="second verb 'but said' of the same subject: own span"),
    P("'never put in writing'", "Simon Aldous", "Mr Aldous"),
    I("she had raised the matter at two staff meetings and had been told by "
      "the then director, Alan Fife, to 'leave it alone'", "Hannah Leigh",
      "She", note=REPORT_IN_REPORT + "; 'disputed his account' is an NP "
                                     "object and is not annotated"),
    P("'leave it alone'", "Alan Fife", "Alan Fife",
      note="the former director's words, relayed by Leigh"),
    D("'I said, \"This doesn't look like her hand,\" and people laughed,'",
      "Hannah Leigh", "she",
      note="the nested double-quoted words are not annotated"),
    D("'Nobody laughed on Monday.'", "Hannah Leigh", "she"),
    I("the forgery was 'skilful but not perfect'", "Owen Patel",
      "Dr Owen Patel"),
    P("'skilful but not perfect'", "Owen Patel", "Dr Owen Patel"),
    I("The varnish", "Owen Patel", "he",
      note="a clause split by the parenthetical 'he added': two spans"),
    I("had been aged artificially with tea and heat", "Owen Patel", "he"),
    D("'Whoever did this knew exactly what they were doing. They just "
      "couldn't get hold of the right paint.'", "Owen Patel", "he",
      note=STANDALONE),
    I("it was 'entirely possible' that it was in a private collection",
      "Owen Patel", "Dr Patel",
      note="'Asked whether …' is not annotated; the answer is"),
    P("'entirely possible'", "Owen Patel", "Dr Patel"),
    I("the copy would stay on display with a new label explaining its "
      "history", "Brackwater Museum trustees", "The museum's trustees",
      note="relative clause 'who met on Monday night' is not speech"),
    I("no public money had been spent on the 1984 purchase",
      "Brackwater council", "The council",
      note="relative clause 'which funds the museum' is not speech"),
    TITLE("'Light on the Water'"),
    I("the news was 'heartbreaking, but not a complete surprise'",
      "Rosa Quinlan", "Local historian Rosa Quinlan"),
    P("'heartbreaking, but not a complete surprise'", "Rosa Quinlan",
      "Local historian Rosa Quinlan"),
    D("'There were always whispers,'", "Rosa Quinlan", "Ms Quinlan",
      note="inverted 'said Ms Quinlan'"),
    D("'Collectors called it \"the lucky Carrow\" because it turned up out "
      "of nowhere.'", "Rosa Quinlan", "Ms Quinlan",
      note="the nested nickname is not annotated"),
    D("'It's still a lovely picture,'", "Jean Colley", "Jean Colley",
      note="inverted 'said one, Jean Colley, 72, …'"),
    D("'I don't care who painted it.'", "Jean Colley", "Jean Colley"),
    I("they had not been asked to investigate, and that any crime was likely "
      "to be too old to prosecute", "police", "Police"),
    I("the firm had closed in 1991 and its records had been 'lost in a "
      "flood'", "unnamed spokesman for the dealer's family",
      "A spokesman for the dealer's family"),
    P("'lost in a flood'", "unnamed spokesman for the dealer's family",
      "A spokesman for the dealer's family"),
])


# --------------------------------------------------------------------------
# Building and validation


if __name__ == "__main__":
    sys.exit(run(HERE, ROOT, SOURCE, length_range=(2000, 4000), length_prefix=""))
