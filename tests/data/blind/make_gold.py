#!/usr/bin/env python3
# make_gold.py: build and validate the gold files of the Quotecheck BLIND
# evaluation articles (tests/data/blind/gold/*.json).
#
# Copyright 2026 The Quotecheck developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The blind articles were written after the
# engine was finished; no engine rule was tuned on them. Do not tune the
# engine on them (see README.md in this folder).
#
# Usage:
#   python3 tests/data/blind/make_gold.py          rebuild every gold file
#                                                  from SPECS, then validate
#   python3 tests/data/blind/make_gold.py --check  validate the files on disk
#   python3 tests/data/blind/make_gold.py -q       no per-file table
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
SOURCE = ("Quotecheck blind evaluation article, written for the project after "
          "the engine was finished")


# --------------------------------------------------------------------------
# blind-01: British court report, curly single quotes with nested doubles,
# punctuation outside fragments ('…’.), apostrophes (house’s, Don’t,
# Elena’s); a multi-paragraph sentencing remark; reports inside reports

REPORT_IN_REPORT = ("a report inside a report: only the outer clause is "
                    "annotated; the quoted fragment belongs to whoever the "
                    "words come from")

spec("blind-01-balcony-collapse-sentencing", [
    S("Helen Marsh", "person", "judge at Bramford Crown Court",
      ["Judge Helen Marsh", "the judge", "Judge Marsh"]),
    S("Simon Adeyemi", "person", "prosecuting counsel",
      ["Simon Adeyemi", "Mr Adeyemi"]),
    S("unnamed tenant", "person", "tenant who emailed the landlord in 2021",
      ["a tenant"]),
    S("unnamed council inspector", "person",
      "council inspector who visited the house", ["A council inspector"]),
    S("Elena Voss", "person", "student injured in the collapse",
      ["Elena Voss", "Ms Voss"]),
    S("Rachel Okafor", "person", "defence counsel for Desmond Harte",
      ["Rachel Okafor"]),
    S("unnamed builder", "person", "builder the landlord relied on",
      ["a builder"]),
    S("Katrin Voss", "person", "mother of Elena Voss", ["Katrin Voss"]),
    S("unnamed Bramford City Council spokesperson", "person",
      "spokesperson for the council that prosecuted the case",
      ["A spokesperson for Bramford City Council"]),
    S("Bramford City Council", "organisation",
      "city council, prosecuting authority",
      ["Bramford City Council", "the council"]),
], [
    P("‘lucky to be alive’", "Helen Marsh", "Judge Helen Marsh", occ=0,
      note="headline fragment; the body attributes the words to the judge"),
    SCARE("‘party balcony’"),
    I("his conduct had shown ‘a callous indifference to the people who paid "
      "your rent’ and that the student was ‘lucky to be alive’",
      "Helen Marsh", "Judge Helen Marsh",
      note="coordinated 'that A and that B': one span"),
    P("‘a callous indifference to the people who paid your rent’",
      "Helen Marsh", "Judge Helen Marsh"),
    P("‘lucky to be alive’", "Helen Marsh", "Judge Helen Marsh", occ=1),
    D("‘You were told, in writing, on at least three occasions that the "
      "balcony was unsafe,’", "Helen Marsh", "the judge"),
    D("‘You chose to do nothing, because doing something would have cost you "
      "money.’", "Helen Marsh", "the judge"),
    I("Elena Voss, then 19, fell almost five metres on to a concrete patio "
      "when the timber platform collapsed in June 2023", "Simon Adeyemi",
      "Simon Adeyemi"),
    I("a tenant had emailed Harte in 2021 to warn that the boards felt ‘soft, "
      "like walking on a sponge’", "Simon Adeyemi", "Mr Adeyemi",
      note=REPORT_IN_REPORT),
    P("‘soft, like walking on a sponge’", "unnamed tenant", "a tenant",
      note="the tenant's words, relayed by the prosecutor"),
    I("A council inspector who visited the following year described the "
      "structure as ‘an accident waiting to happen’", "Simon Adeyemi", "he",
      note="post-posed 'he added'; the inspector's 'described X as' is a "
           "complement inside the prosecutor's report"),
    P("‘an accident waiting to happen’", "unnamed council inspector",
      "A council inspector"),
    I("she still could not stand for more than an hour at a time",
      "Elena Voss", "Ms Voss"),
    D("‘I remember the noise more than the fall,’", "Elena Voss", "she"),
    D("‘It sounded like a gunshot. Then I was lying on my back and my friends "
      "were shouting “Don’t move, don’t move”.’", "Elena Voss", "she",
      note="nested double quote inside the direct quote is not annotated"),
    I("her client was ‘deeply ashamed’ and had since sold the property",
      "Rachel Okafor", "Rachel Okafor"),
    P("‘deeply ashamed’", "Rachel Okafor", "Rachel Okafor"),
    I("Harte had relied on a builder who assured him the balcony would ‘see "
      "out another ten years’", "Rachel Okafor", "She",
      note=REPORT_IN_REPORT),
    P("‘see out another ten years’", "unnamed builder", "a builder"),
    I("he had never grasped how serious the danger was", "Rachel Okafor",
      "She", note="second verb 'and said' of the same subject: own span"),
    D("‘You are not a wicked man, Mr Harte, but you were a greedy one. Your "
      "tenants were young, far from home and trusting. They deserved "
      "better.\n\n‘I have taken account of your guilty plea and your previous "
      "good character. But a message must go out to every landlord in this "
      "city: when you are told a structure is dangerous, you act.’",
      "Helen Marsh", "Judge Marsh", note=MULTI),
    TITLE("‘Let It Pay’"),
    I("the family felt ‘some relief, but no joy’", "Katrin Voss",
      "Katrin Voss"),
    P("‘some relief, but no joy’", "Katrin Voss", "Katrin Voss"),
    D("‘Sixteen months,’", "Katrin Voss", "she"),
    D("‘Elena will live with this for the rest of her life.’", "Katrin Voss",
      "she"),
    I("the authority had written to more than 400 landlords since the "
      "collapse", "unnamed Bramford City Council spokesperson",
      "A spokesperson for Bramford City Council"),
    I("37 balconies in the city have since been closed or repaired",
      "Bramford City Council", "the council"),
])


# --------------------------------------------------------------------------
# blind-02: football transfer, straight double quotes with a straight single
# nested, straight single in the headline, straight apostrophes (Fans',
# Rask's, can't); multi-paragraph quote; caption; according to an unnamed
# source; a newspaper as speaker; inverted "said Pires"

spec("blind-02-striker-transfer", [
    S("Steve Collins", "person", "Harbury Athletic manager",
      ["Collins", "Harbury manager Steve Collins", "Steve Collins"]),
    S("Porto Vale", "organisation", "Portuguese football club (buyer)",
      ["Porto Vale", "the Portuguese club", "the club"]),
    S("Ana Figueira", "person", "Porto Vale president",
      ["club president Ana Figueira", "Ana Figueira"]),
    S("Mikkel Rask", "person", "Norwegian striker",
      ["Mikkel Rask", "Rask"]),
    S("unnamed source close to the negotiations", "person",
      "source close to the transfer talks",
      ["a source close to the negotiations"]),
    S("Daily Courier", "organisation", "newspaper", ["The Daily Courier"]),
    S("Nuno Pires", "person", "football finance lecturer, Tagus University",
      ["Nuno Pires", "Pires"]),
    S("Harbury Fans' Forum", "organisation", "Harbury supporters' group",
      ["The Harbury Fans' Forum"]),
], [
    I("Harbury 'could not compete'", "Steve Collins", "Collins",
      note="headline 'X admits ...'"),
    P("'could not compete'", "Steve Collins", "Collins",
      note="headline fragment; the body has 'simply could not compete'"),
    SCARE('"saga"'),
    I("The 24-year-old signed a five-year contract on Tuesday evening after "
      "passing a medical in Lisbon", "Porto Vale", "the Portuguese club"),
    D('"Mikkel is exactly the kind of player this club was built for,"',
      "Ana Figueira", "Ana Figueira"),
    D('"He is hungry, he is humble and he scores goals. We did not have to '
      'convince him - he wanted to come."', "Ana Figueira", "Ana Figueira"),
    D('"New chapter. Let\'s go!"', "Mikkel Rask", "Rask",
      note="written text (an Instagram caption) introduced by a colon"),
    I('his club "simply could not compete" once Porto Vale had made their '
      'offer', "Steve Collins", "Harbury manager Steve Collins"),
    P('"simply could not compete"', "Steve Collins",
      "Harbury manager Steve Collins"),
    D('"When a player tells you his heart is somewhere else, you can\'t keep '
      'him in a cage,"', "Steve Collins", "Collins"),
    D('"I\'ve had players who wanted to leave and stayed, and it never ends '
      'well for anyone.\n\n"We\'ll reinvest the money, and I\'m not worried '
      'about that. What I\'m sad about is losing a lad who walked in here at '
      '17 and is leaving as a man."', "Steve Collins", "Collins", note=MULTI),
    I("Harbury turned down two earlier bids and relented only when Porto "
      "Vale agreed to a 15 per cent sell-on clause",
      "unnamed source close to the negotiations",
      "a source close to the negotiations"),
    I("Rask's agent, Lars Brekke, had also held talks with two Premier League "
      "clubs in June", "Daily Courier", "The Daily Courier"),
    I("the decision had nothing to do with money", "Mikkel Rask", "Rask",
      after="Rask insisted"),
    D('"People will say what they want,"', "Mikkel Rask", "he"),
    D('"I chose Porto Vale because of the project, because of the coach and '
      'because of the way they play. If it was about money, I would be '
      'somewhere else. When my father heard, he said, \'Finally, a team in '
      'green.\'"', "Mikkel Rask", "he",
      note="the nested single-quoted words of the father are not annotated"),
    I('the fee was "steep but defensible" for a striker of Rask\'s age',
      "Nuno Pires", "Nuno Pires"),
    P('"steep but defensible"', "Nuno Pires", "Nuno Pires"),
    D('"Forwards who score 30 goals a season are the scarcest thing in the '
      'game,"', "Nuno Pires", "Pires"),
    D('"You pay for scarcity."', "Nuno Pires", "Pires"),
    I('supporters were "disappointed but not surprised"',
      "Harbury Fans' Forum", "The Harbury Fans' Forum"),
    P('"disappointed but not surprised"', "Harbury Fans' Forum",
      "The Harbury Fans' Forum"),
    P('"back the manager"', "Harbury Fans' Forum", "The Harbury Fans' Forum",
      note="'urged the board to ...': infinitive, partial only"),
    I('The club\'s behind-the-scenes series "Inside the Vale" will follow his '
      'first week', "Porto Vale", "the club"),
    TITLE('"Inside the Vale"'),
])


# --------------------------------------------------------------------------
# blind-03: health-agency briefing, AP style, curly double quotes, American
# punctuation; multi-paragraph quote; "according to the district"; noun
# "claim that"; coordinated that-clauses; "Asked whether" (not annotated);
# unnamed epidemiologist; product name in quotes

spec("blind-03-listeria-briefing", [
    S("unnamed health officials", "group",
      "officials of the Tri-County Health District",
      ["health officials", "officials"]),
    S("Tri-County Health District", "organisation", "regional health agency",
      ["the Tri-County Health District", "the district"]),
    S("Anita Koval", "person", "health officer of the Tri-County Health "
      "District", ["Dr. Anita Koval", "Koval"]),
    S("Hollow Creek Farm", "organisation",
      "family-run dairy that made the cheese",
      ["Hollow Creek Farm", "The farm", "the farm"]),
    S("Tom Lindgren", "person", "owner of Hollow Creek Farm",
      ["Owner Tom Lindgren", "Tom Lindgren"]),
    S("Department of Agriculture", "organisation",
      "state Department of Agriculture",
      ["the state Department of Agriculture"]),
    S("Carla Brandt", "person", "daughter of a hospitalized patient",
      ["Carla Brandt"]),
    S("unnamed district epidemiologist", "person",
      "epidemiologist at the health district, speaking anonymously",
      ["A district epidemiologist"]),
], [
    I("Listeria outbreak linked to soft cheese kills two",
      "unnamed health officials", "health officials",
      note="headline '..., health officials say'"),
    I("Two people have died and 11 others have been hospitalized in an "
      "outbreak of listeria linked to a soft cheese sold at farmers markets "
      "across the region", "Tri-County Health District",
      "the Tri-County Health District"),
    I("both of those who died were over 70 and had underlying conditions",
      "Anita Koval", "Dr. Anita Koval"),
    I("One of the hospitalized patients is pregnant", "Anita Koval", "she"),
    D("“Listeria is not like the stomach bugs most people are used to,”",
      "Anita Koval", "Koval"),
    D("“It can take weeks to make you sick, and for older adults, pregnant "
      "women and newborns it can be deadly.\n\n“If you have this cheese in "
      "your refrigerator, please do not eat it. Do not give it away. Throw it "
      "out, and wash anything it touched.”", "Anita Koval", "Koval",
      note=MULTI),
    I("Investigators traced the illnesses to Hollow Creek Farm’s “Meadow "
      "Bloom” brie", "Tri-County Health District", "the district"),
    TITLE("“Meadow Bloom”"),
    I("Genetic testing matched bacteria from four patients to samples taken "
      "from an unopened wheel", "unnamed health officials", "officials"),
    I("it had stopped production and voluntarily recalled all cheese made "
      "since March 1", "Hollow Creek Farm", "The farm"),
    I("the family was “heartbroken” and cooperating fully with inspectors",
      "Tom Lindgren", "Tom Lindgren"),
    P("“heartbroken”", "Tom Lindgren", "Tom Lindgren"),
    I("its plant had passed every state inspection", "Hollow Creek Farm",
      "the farm", note="noun 'the farm’s claim that ...'"),
    I("its inspectors had found “persistent moisture problems” in the aging "
      "room last fall", "Department of Agriculture",
      "the state Department of Agriculture"),
    P("“persistent moisture problems”", "Department of Agriculture",
      "the state Department of Agriculture"),
    I("he had bought the cheese at the Saturday market in Ridgeway",
      "Carla Brandt", "Carla Brandt"),
    D("“He loves that stuff. He’s been buying it for years,”", "Carla Brandt",
      "she"),
    D("“Nobody told us anything until a doctor asked what he’d eaten.”",
      "Carla Brandt", "she"),
    I("the outbreak posed no risk to people who had not eaten the cheese and "
      "that pasteurized products sold in grocery stores were not affected",
      "Anita Koval", "Koval",
      note="coordinated 'that A and that B': one span"),
    I("it was “too early to talk about policy.”", "Anita Koval", "she",
      note="the preceding 'Asked whether ...' is an indirect question and "
           "is not annotated"),
    P("“too early to talk about policy.”", "Anita Koval", "she"),
    I("more cases were likely", "unnamed district epidemiologist",
      "A district epidemiologist"),
    D("“We are almost certainly looking at the tip of this,”",
      "unnamed district epidemiologist", "she"),
    I("Symptoms include fever, muscle aches and confusion, and can appear up "
      "to 70 days after eating contaminated food", "Tri-County Health District",
      "the district"),
])


# --------------------------------------------------------------------------
# blind-04: foreign-ministry row, wire style; translated French statements in
# guillemets « » with ‹ › nested, English speech in curly “ ” (British
# punctuation outside for fragments); split guillemet quote; "called X «…»";
# "quoted X as saying:"; unnamed diplomat; "according to" state television

spec("blind-04-trawler-seizure-row", [
    S("Belmairean Foreign Ministry", "organisation",
      "foreign ministry of Belmaire",
      ["Belmaire", "its foreign ministry", "the ministry"]),
    S("Hélène Darcourt", "person", "Foreign Minister of Belmaire",
      ["Foreign Minister Hélène Darcourt", "Hélène Darcourt", "Darcourt"]),
    S("Olaf Brenner", "person", "spokesman of Kestria’s foreign ministry",
      ["Spokesman Olaf Brenner", "Olaf Brenner", "Brenner"]),
    S("Lena Halvorsen", "person", "Prime Minister of Kestria",
      ["Kestrian Prime Minister Lena Halvorsen", "Lena Halvorsen"]),
    S("Yves Martel", "person", "captain of the trawler Sainte-Claire",
      ["Yves Martel", "the trawler’s captain"]),
    S("unnamed European diplomat", "person",
      "European diplomat in Saint-Orlan, speaking anonymously",
      ["A European diplomat"]),
    S("Kestrian state television", "organisation", "state broadcaster",
      ["Kestrian state television"]),
], [
    P("«an act of piracy»", "Belmairean Foreign Ministry", "Belmaire", occ=0,
      note="headline 'calls X «…»': complement, partial only; the headline "
           "names the country, the body the foreign ministry"),
    P("«an act of piracy»", "Belmairean Foreign Ministry",
      "its foreign ministry", occ=1,
      note="'that its foreign ministry called «…»': complement, partial only"),
    I("the trawler Sainte-Claire had been «boarded without warning, in "
      "international waters, by armed men» and that its 14 crew members were "
      "being held «without any legal basis»", "Belmairean Foreign Ministry",
      "the ministry",
      note="translated French communiqué; coordinated that-clauses, one span"),
    P("«boarded without warning, in international waters, by armed men»",
      "Belmairean Foreign Ministry", "the ministry"),
    P("«without any legal basis»", "Belmairean Foreign Ministry",
      "the ministry"),
    D("«Belmaire will not accept that its citizens are treated as criminals "
      "for doing their job,»", "Hélène Darcourt", "Hélène Darcourt"),
    D("«We ask for one thing: the immediate release of the crew. After that, "
      "we can talk.»", "Hélène Darcourt", "Hélène Darcourt"),
    D("«We have been patient,»", "Hélène Darcourt", "she"),
    D("«but patience is not weakness.»", "Hélène Darcourt", "she",
      note="second part of a quote split by its attribution"),
    SCARE("“Sorrel Line”"),
    I("the vessel had been “fishing illegally inside our exclusive economic "
      "zone for at least six hours” and had ignored three radio warnings",
      "Olaf Brenner", "Olaf Brenner"),
    P("“fishing illegally inside our exclusive economic zone for at least "
      "six hours”", "Olaf Brenner", "Olaf Brenner"),
    D("“The coast guard did exactly what coast guards are for,”",
      "Olaf Brenner", "Brenner"),
    D("“There was no piracy. There was law enforcement.”", "Olaf Brenner",
      "Brenner"),
    I("Belmaire had “a habit of treating other people’s waters as its own "
      "kitchen garden.”", "Lena Halvorsen", "Lena Halvorsen",
      note="participle 'telling parliament that ...'"),
    P("“a habit of treating other people’s waters as its own kitchen "
      "garden.”", "Lena Halvorsen", "Lena Halvorsen"),
    P("«insulting and beneath a head of government»", "Hélène Darcourt",
      "Darcourt", note="'called them «…»': complement, partial only"),
    D("«They pointed rifles at boys of nineteen. One of them shouted ‹On your "
      "knees› in English, as if we were in a film.»", "Yves Martel",
      "Yves Martel",
      note="relayed by the Belmairean communiqué ('quoted … as saying:'); "
           "the nested ‹…› is not annotated"),
    I("both governments were “playing to domestic audiences” and that a "
      "quiet deal on the crew was still possible", "unnamed European diplomat",
      "A European diplomat"),
    P("“playing to domestic audiences”", "unnamed European diplomat",
      "A European diplomat"),
    I("The crew are being held at a naval base in Port Hallis",
      "Kestrian state television", "Kestrian state television",
      note="'according to'; the trailing 'which showed …' is left out"),
    I("she would brief the National Assembly on Monday", "Hélène Darcourt",
      "Darcourt"),
    D("«Nothing is excluded. Nothing is decided.»", "Hélène Darcourt", "she",
      note="the preceding 'Asked whether …' is not annotated"),
])


# --------------------------------------------------------------------------
# blind-05: earnings call, curly double quotes with ‘ ’ nested, curly single
# in the headline, American punctuation ("Osprey," "AI trade,"); negatives:
# "forecast revenue" (NP object), "expects" (mental state), "according to
# LSEG data" (evidence), "Asked by one analyst whether"; split quote; wrote in
# a note; inverted "said X, an analyst at …"; standalone quote paragraph

spec("blind-05-chipmaker-earnings", [
    S("Devika Rao", "person", "chief executive of Quillon Systems",
      ["CEO", "its chief executive", "Chief Executive Devika Rao",
       "Devika Rao", "Rao"]),
    S("Tomasz Lewicki", "person", "chief financial officer of Quillon Systems",
      ["Chief Financial Officer Tomasz Lewicki", "Tomasz Lewicki",
       "Lewicki"]),
    S("Quillon Systems", "organisation", "cloud-chip maker",
      ["Quillon Systems", "Quillon"]),
    S("Priya Natarajan", "person", "analyst at Kellerman Brothers",
      ["Kellerman Brothers analyst Priya Natarajan", "Priya Natarajan"]),
    S("Owen Adair", "person", "analyst at Marlow Securities",
      ["Owen Adair"]),
    S("unnamed people familiar with the matter", "group",
      "people familiar with Quillon's acquisition talks",
      ["Two people familiar with the matter"]),
], [
    P("‘lumpy’", "Devika Rao", "CEO",
      note="headline 'warns of ‘…’ chip demand': NP, partial only"),
    I("demand from its largest customers would be “lumpy” for the rest of "
      "the year", "Devika Rao", "its chief executive"),
    P("“lumpy”", "Devika Rao", "its chief executive"),
    I("the slowdown reflected “digestion” by three hyperscale customers that "
      "had bought heavily last year, not a loss of business", "Devika Rao",
      "Devika Rao"),
    P("“digestion”", "Devika Rao", "Devika Rao"),
    D("“Nobody has cancelled an order. Nobody has moved to a competitor,”",
      "Devika Rao", "Rao"),
    D("“What we are seeing is customers installing what they already bought "
      "before they buy more.”", "Devika Rao", "Rao"),
    I("the company’s next-generation accelerator, code-named “Osprey,” "
      "remained on track to ship in the fourth quarter", "Devika Rao", "She"),
    TITLE("“Osprey,”"),
    I("early samples had performed “better than our own internal targets.”",
      "Devika Rao", "She"),
    P("“better than our own internal targets.”", "Devika Rao", "She"),
    I("gross margin would dip to about 58% before recovering in the second "
      "half", "Tomasz Lewicki", "Tomasz Lewicki"),
    I("the dip was “almost entirely” a matter of product mix",
      "Tomasz Lewicki", "he",
      note="the preceding 'Asked by one analyst whether …' is not annotated"),
    P("“almost entirely”", "Tomasz Lewicki", "he"),
    D("“We are not going to chase revenue by giving away margin,”",
      "Tomasz Lewicki", "Lewicki"),
    D("“and we are not going to apologize for that.”", "Tomasz Lewicki",
      "Lewicki", note="second part of a quote split by its attribution"),
    I("the company had been “too optimistic” about the pace of orders in the "
      "spring", "Devika Rao", "Rao"),
    P("“too optimistic”", "Devika Rao", "Rao"),
    D("“I own that,”", "Devika Rao", "she"),
    SCARE("“AI trade,”"),
    I("it would also buy back up to $5 billion of its stock",
      "Quillon Systems", "Quillon"),
    I("the guidance was “a speed bump, not a wall”", "Priya Natarajan",
      "Priya Natarajan"),
    P("“a speed bump, not a wall”", "Priya Natarajan", "Priya Natarajan"),
    D("“Management has been saying ‘next quarter’ for three quarters now,”",
      "Owen Adair", "Owen Adair",
      note="the nested ‘next quarter’ is not annotated"),
    D("“At some point the story has to show up in the numbers.”",
      "Owen Adair", "Owen Adair", note=STANDALONE),
    I("Quillon had held early talks to acquire a small networking start-up "
      "in Toronto", "unnamed people familiar with the matter",
      "Two people familiar with the matter"),
])


# --------------------------------------------------------------------------
# Building and validation


if __name__ == "__main__":
    sys.exit(run(HERE, ROOT, SOURCE, length_range=(1800, 3500), length_prefix=""))
