#!/usr/bin/env python3
# make_gold.py: build and validate the gold files of the Quotecheck
# development articles (tests/data/gold/*.json).
#
# Copyright 2026 The Quotecheck developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage:
#   python3 tests/data/make_gold.py          rebuild every gold file from the
#                                            specifications below (SPECS),
#                                            then validate all of them
#   python3 tests/data/make_gold.py --check  validate the gold files on disk
#                                            only (no writing)
#   python3 tests/data/make_gold.py -q       quieter (no per-file table)
#
# Offsets are never counted by hand: each quote is given by its exact text
# (occ=N or after="anchor" when it occurs more than once). The helpers, the
# builder and every check (a superset of ../shared/corpus/check_gold.py) live
# in goldtools.py, shared with blind/ and blind2/; this file holds the
# development specifications only. Dev articles are 1500-4000 characters.

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from goldtools import (D, I, MULTI, P, S, SCARE, STANDALONE, TITLE,  # noqa: E402,F401
                       run, spec)

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SOURCE = "Quotecheck development article, written for the project"


# --------------------------------------------------------------------------
# dev-01: curly double quotes, American punctuation

spec("dev-01-harbour-bridge-closure", [
    S("Dana Whitlock", "person", "chief engineer of Port Alder",
      ["Dana Whitlock", "Ms. Whitlock", "the city’s chief engineer",
       "engineer"]),
    S("Rafael Ortiz", "person", "Mayor of Port Alder",
      ["Mayor Rafael Ortiz"]),
    S("Lorraine Petit", "person", "bakery owner on the east side",
      ["Lorraine Petit"]),
    S("unnamed Department of Public Works spokesperson", "person",
      "spokesperson for the city's Department of Public Works",
      ["A spokesperson for the Department of Public Works"]),
    S("Department of Public Works", "organisation",
      "city department responsible for the bridge",
      ["the Department of Public Works", "the department"]),
    S("Theo Banerjee", "person", "councilman, chair of the transportation "
      "committee", ["Councilman Theo Banerjee", "Mr. Banerjee"]),
    S("CoastLink", "organisation", "regional transit agency",
      ["CoastLink", "the regional transit agency"]),
    S("unnamed CoastLink official", "person",
      "senior CoastLink official speaking anonymously",
      ["A senior official at CoastLink", "the official"]),
], [
    I("Harbour bridge to close for six months", "Dana Whitlock", "engineer",
      note="headline attribution; the speaker is named as the city's chief "
           "engineer in the first paragraph"),
    I("The Victoria Harbour Bridge will close to all traffic for at least six "
      "months from March", "Dana Whitlock", "Dana Whitlock"),
    D("“We did not take this decision lightly,”", "Dana Whitlock",
      "Ms. Whitlock"),
    D("“The bridge is safe today, but it will not stay safe without this "
      "work.”", "Dana Whitlock", "Ms. Whitlock"),
    I("the corrosion had been found during a routine inspection in January "
      "and that engineers had since “walked every inch” of the cables",
      "Dana Whitlock", "Ms. Whitlock"),
    P("“walked every inch”", "Dana Whitlock", "Ms. Whitlock"),
    I("no other bridge in the city showed similar damage", "Dana Whitlock",
      "She"),
    P("“a gut punch for every family on the east side,”", "Rafael Ortiz",
      "Mayor Rafael Ortiz"),
    I("he supported the engineers", "Rafael Ortiz", "Mayor Rafael Ortiz"),
    D("“I would rather have angry commuters than a bridge in the water,”",
      "Rafael Ortiz", "he"),
    I("the city had known about the problem “for years, not weeks.”",
      "Lorraine Petit", "Lorraine Petit"),
    P("“for years, not weeks.”", "Lorraine Petit", "Lorraine Petit"),
    D("“They sat on the report,”", "Lorraine Petit", "she"),
    D("“Now we pay for it.”", "Lorraine Petit", "she"),
    I("any report had been withheld",
      "unnamed Department of Public Works spokesperson",
      "A spokesperson for the Department of Public Works"),
    I("the first signs of corrosion were recorded in a 2021 survey but were "
      "judged “cosmetic” at the time", "Department of Public Works",
      "the department"),
    P("“cosmetic”", "Department of Public Works", "the department",
      note="the quoted word is the department's (reported through "
           "'according to the department'), not a scare quote"),
    I("he would ask for an independent review", "Theo Banerjee",
      "Councilman Theo Banerjee"),
    D("“I want to know who read that survey and what they did next,”",
      "Theo Banerjee", "Mr. Banerjee"),
    D("“If the answer is ‘nothing,’ people should lose their jobs.”",
      "Theo Banerjee", "Mr. Banerjee", note=STANDALONE),
    I("The city will run extra ferries every 10 minutes during rush hour",
      "Dana Whitlock", "Ms. Whitlock"),
    I("it would add buses on the detour route", "CoastLink", "CoastLink"),
    I("the agency was also considering free fares on the ferries",
      "unnamed CoastLink official", "A senior official at CoastLink"),
    D("“Nothing is off the table,”", "unnamed CoastLink official",
      "the official"),
    I("the figure could rise — “steel prices being what they are”",
      "Dana Whitlock", "Ms. Whitlock",
      note="the quoted absolute phrase set off by dashes belongs to the "
           "reported content"),
    P("“steel prices being what they are”", "Dana Whitlock",
      "Ms. Whitlock"),
    I("the work would be done in two phases so that one lane could reopen "
      "early", "Dana Whitlock", "Ms. Whitlock"),
    I("a new crossing would take “at least a decade” to build",
      "Dana Whitlock", "Ms. Whitlock"),
    P("“at least a decade”", "Dana Whitlock", "Ms. Whitlock"),
])


# --------------------------------------------------------------------------
# dev-02: British style, curly single quotes with nested double, punctuation
# outside the marks for fragments; apostrophes (’n’, ’90s, Smiths’, residents’)

spec("dev-02-festival-licence", [
    S("residents of Little Marden", "group",
      "villagers objecting to the festival", ["residents", "Residents"]),
    S("Marden Fields festival", "organisation", "music festival (organiser)",
      ["The Marden Fields festival", "the festival"]),
    S("Janet Hollis", "person", "councillor, chair of the licensing committee",
      ["Councillor Janet Hollis", "Mrs Hollis"]),
    S("Peter and Anne Smith", "group",
      "couple whose farmhouse borders the main stage",
      ["Peter and Anne Smith", "The Smiths"]),
    S("Peter Smith", "person", "resident whose farmhouse borders the site",
      ["Mr Smith"]),
    S("Anne Smith", "person", "resident whose farmhouse borders the site",
      ["Mrs Smith"]),
    S("Olu Adebayo", "person", "GP in Carsley",
      ["Dr Olu Adebayo"]),
    S("Marcus Reyes", "person", "festival director",
      ["Marcus Reyes", "Mr Reyes", "The festival’s director"]),
    S("unnamed objector", "person", "objector who did not want to be named",
      ["One objector"]),
    S("Marden District Council", "organisation", "district council",
      ["Marden District Council"]),
], [
    P("‘nightmare’", "residents of Little Marden", "residents",
      note="headline: the word is attributed to residents; in the body it "
           "comes from one resident, Peter Smith"),
    I("the event would turn the village into ‘a car park with a "
      "soundtrack’", "residents of Little Marden", "residents",
      note="'despite residents warning that ...': gerund with a content "
           "clause"),
    P("‘a car park with a soundtrack’", "residents of Little Marden",
      "residents"),
    P("‘three days of rock ’n’ roll, folk and ’90s nostalgia’",
      "Marden Fields festival", "The Marden Fields festival",
      note="the festival's own promotional words ('which promises'); "
           "contains apostrophes that are not quotes"),
    I("the organisers had ‘bent over backwards’ to meet the council’s "
      "conditions", "Janet Hollis", "Councillor Janet Hollis"),
    P("‘bent over backwards’", "Janet Hollis", "Councillor Janet Hollis"),
    D("‘They have listened, they have changed the plans, and they have put "
      "money on the table,’", "Janet Hollis", "she"),
    D("‘I don’t think we could reasonably ask for more.’", "Janet Hollis",
      "she"),
    I("the licence could be reviewed ‘at any point’ if the conditions were "
      "broken", "Janet Hollis", "Mrs Hollis"),
    P("‘at any point’", "Janet Hollis", "Mrs Hollis"),
    I("nobody from the festival had visited them", "Peter and Anne Smith",
      "Peter and Anne Smith"),
    D("‘We found out from a leaflet,’", "Peter Smith", "Mr Smith"),
    D("‘A leaflet! Our house is two hundred yards from the stage. It will be "
      "a nightmare.’", "Peter Smith", "Mr Smith"),
    I("the couple’s granddaughter, who has asthma, would stay with relatives "
      "for the weekend", "Anne Smith", "Mrs Smith"),
    D("‘It’s not what we wanted for her summer,’", "Anne Smith", "she"),
    I("noise at night would ‘materially harm’ the health of older residents",
      "Olu Adebayo", "Dr Olu Adebayo"),
    P("‘materially harm’", "Olu Adebayo", "Dr Olu Adebayo"),
    P("‘optimistic at best’", "Olu Adebayo", "he",
      note="'described X as ...': complement, not a content clause; partial "
           "only"),
    I("the assessment had been carried out by an independent firm",
      "Marcus Reyes", "Marcus Reyes"),
    D("‘We’ve run events since the ’90s and we have never lost a licence,’",
      "Marcus Reyes", "he"),
    D("‘We intend to keep it that way.’", "Marcus Reyes", "he"),
    I("the festival would pay for a shuttle bus from Carsley station and for "
      "marshals on every road into the village", "Marcus Reyes", "Mr Reyes"),
    I("it would, ‘except on the Saturday, when we finish at midnight’",
      "Marcus Reyes", "he"),
    P("‘except on the Saturday, when we finish at midnight’", "Marcus Reyes",
      "he"),
    I("the vote had been ‘a foregone conclusion’", "unnamed objector",
      "One objector"),
    P("‘a foregone conclusion’", "unnamed objector", "One objector"),
    D("‘The “consultation” was a box-ticking exercise,’", "unnamed objector",
      "she"),
    I("the decision was ‘final, subject to the usual right of appeal’",
      "Marden District Council", "Marden District Council"),
    P("‘final, subject to the usual right of appeal’",
      "Marden District Council", "Marden District Council"),
    TITLE("‘Back to ’95’"),
])


# --------------------------------------------------------------------------
# dev-03: straight double quotes with straight single nested, American
# punctuation; abbreviations Jan. Dr. No. U.S. St.; Joneses' (not a quote)

spec("dev-03-transit-strike", [
    S("Transit Workers Local 412", "organisation",
      "union representing Fort Calder's bus and rail drivers",
      ["Transit Workers Local 412", "the union representing them",
       "the union"]),
    S("Gloria Mendez", "person", "president of Transit Workers Local 412",
      ["Gloria Mendez", "Ms. Mendez", "union chief"]),
    S("Fort Calder Regional Transit Authority", "organisation",
      "the city's transit operator",
      ["The Fort Calder Regional Transit Authority"]),
    S("Howard Kim", "person",
      "general manager of the Fort Calder Regional Transit Authority",
      ["Dr. Howard Kim", "Dr. Kim"]),
    S("Keisha Jones", "person", "nurse, transit rider",
      ["Keisha Jones", "Ms. Jones"]),
    S("Ray Donnelly", "person", "transit rider, dialysis patient",
      ["Ray Donnelly"]),
    S("Linda Osei", "person", "Mayor of Fort Calder",
      ["Mayor Linda Osei"]),
    S("unnamed officials from both sides", "group",
      "officials of the union and the transit authority",
      ["officials from both sides"]),
], [
    P('"we were left no choice"', "Gloria Mendez", "union chief",
      note="headline: the whole reported clause is in quote marks, so only "
           "the partial is given"),
    I("Bus and light-rail drivers in Fort Calder voted overwhelmingly on "
      "Sunday to strike from Jan. 9", "Transit Workers Local 412",
      "the union representing them"),
    I("94 percent of members who cast ballots had backed the walkout",
      "Gloria Mendez", "Gloria Mendez"),
    D('"We were left no choice,"', "Gloria Mendez", "she"),
    D('"Management has had two years to put a fair offer on the table, and '
      'they\'ve given us nothing but excuses."', "Gloria Mendez", "she"),
    D('"I don\'t want to strand anybody,"', "Gloria Mendez", "Ms. Mendez"),
    D('"But I\'m not going to tell a driver who\'s been working double shifts '
      'since the spring that she should just keep smiling.\n\n"We\'ve said '
      '\'please\' for two years. We\'re done saying \'please.\'"',
      "Gloria Mendez", "Ms. Mendez", note=MULTI),
    I('its latest offer - a 3 percent raise in each of the next three years - '
      'was "fair, responsible and final."',
      "Fort Calder Regional Transit Authority",
      "The Fort Calder Regional Transit Authority"),
    P('"fair, responsible and final."',
      "Fort Calder Regional Transit Authority",
      "The Fort Calder Regional Transit Authority"),
    I("the agency could not afford more without raising fares", "Howard Kim",
      "Dr. Howard Kim"),
    D('"Nobody wants a strike, least of all the riders,"', "Howard Kim",
      "Dr. Kim"),
    D('"But the money has to come from somewhere, and I won\'t take it from '
      'people who depend on the No. 5 bus to get to a hospital shift."',
      "Howard Kim", "Dr. Kim"),
    I('the authority had asked the U.S. Department of Labor to appoint a '
      'mediator and was "ready to talk tonight, tomorrow, any time."',
      "Howard Kim", "He"),
    P('"ready to talk tonight, tomorrow, any time."', "Howard Kim", "He"),
    I("her family had already worked out a plan: her husband would drive, and "
      "the Joneses' dog would go to a neighbor during the day", "Keisha Jones",
      "Keisha Jones"),
    D('"I\'m with the drivers,"', "Keisha Jones", "Ms. Jones"),
    D('"I see what they deal with. People yell at them, spit at them - you '
      'name it."', "Keisha Jones", "Ms. Jones"),
    I('he had "no idea" how he would get to his dialysis appointments three '
      'times a week', "Ray Donnelly", "Ray Donnelly"),
    P('"no idea"', "Ray Donnelly", "Ray Donnelly"),
    D('"Somebody should\'ve thought about people like me,"', "Ray Donnelly",
      "he"),
    I("city lawyers were reviewing whether the strike was legal under state "
      "law", "Linda Osei", "Mayor Linda Osei",
      note="the trailing 'which bars ...' clause is the writer's background "
           "and is left out"),
    P('"get in a room and stay there."', "Linda Osei", "She",
      note="'urged both sides to ...': infinitive, no indirect span"),
    I("the last strike, in 1998, lasted 11 days", "Transit Workers Local 412",
      "the union"),
    I("Talks are due to resume on Wednesday at the offices of the state "
      "mediation board in St. Clair", "unnamed officials from both sides",
      "officials from both sides"),
])


# --------------------------------------------------------------------------
# dev-04: New York Times style doubled apostrophes '' ... '' with single
# quotes nested; Mr. Mrs. Dr. St. Jan. U.S. and initials (J. R.)

spec("dev-04-tower-zoning-fight", [
    S("Jonathan Feld", "person", "developer of the Fulton Avenue tower",
      ["The developer Jonathan R. Feld", "Jonathan R. Feld", "Mr. Feld"]),
    S("opponents of the Fulton Avenue tower", "group",
      "the developer's opponents", ["His opponents"]),
    S("Evelyn Park", "person", "resident of St. Brendan's Place",
      ["Evelyn Park", "Mrs. Park"]),
    S("Denise Albright", "person", "councilwoman whose district includes the "
      "site", ["Councilwoman Denise Albright"]),
    S("Samuel Okafor", "person",
      "urban planning teacher at Carver University, author",
      ["Dr. Samuel Okafor", "Dr. Okafor"]),
    S("J. R. Castellano", "person", "chairman of Community Board 9",
      ["J. R. Castellano"]),
], [
    I("the tower he wants to build on Fulton Avenue would bring 300 "
      "apartments to a neighborhood that badly needs them", "Jonathan Feld",
      "Jonathan R. Feld"),
    I("it would cast a shadow, literally and otherwise, over one of the last "
      "low-rise blocks in Harlow Heights",
      "opponents of the Fulton Avenue tower", "His opponents"),
    I("a third of the apartments would be set aside for low-income tenants",
      "Jonathan Feld", "Mr. Feld"),
    D("''This is not a luxury tower,''", "Jonathan Feld", "he"),
    D("''It's housing. We can argue about the height, but we can't argue "
      "about the need.''", "Jonathan Feld", "he"),
    I("the tower would block the afternoon sun from her garden",
      "Evelyn Park", "Evelyn Park"),
    D("''He keeps saying 'affordable,'''", "Evelyn Park", "Mrs. Park",
      note="the nested 'affordable,' closes immediately before the doubled "
           "closing mark (three apostrophes)"),
    D("''Affordable for who?''", "Evelyn Park", "Mrs. Park"),
    SCARE("''affordable''"),
    I("she had ''serious concerns'' about the plan but had not decided how "
      "she would vote when it reaches the City Council", "Denise Albright",
      "Councilwoman Denise Albright"),
    P("''serious concerns''", "Denise Albright",
      "Councilwoman Denise Albright"),
    P("''a work of fiction.''", "Denise Albright", "She",
      note="'described X as ...': complement, not a content clause; partial "
           "only"),
    TITLE("''The Vertical City,''"),
    I("both sides had a point", "Samuel Okafor", "Dr. Samuel Okafor"),
    D("''Harlow Heights has added almost no housing since the 1990s, and "
      "rents show it,''", "Samuel Okafor", "Dr. Okafor"),
    D("''But the people who were here first aren't wrong to be angry. "
      "They've been promised a lot before.''", "Samuel Okafor", "Dr. Okafor"),
    I("a vote on the board's advisory recommendation was scheduled for "
      "Jan. 14", "J. R. Castellano", "J. R. Castellano"),
    I("the board had received more than 600 written comments, ''the most I "
      "can remember in 20 years.''", "J. R. Castellano", "He"),
    P("''the most I can remember in 20 years.''", "J. R. Castellano", "He"),
    TITLE("''Inside City Hall''"),
    I("he was willing to cut the building to 32 stories if the city approved "
      "a larger share of affordable units", "Jonathan Feld", "Mr. Feld"),
    D("''Call it whatever you like,''", "Jonathan Feld", "he"),
    I("she would keep fighting", "Evelyn Park", "Mrs. Park"),
    D("''I've buried a husband on this block,''", "Evelyn Park", "she"),
    D("''I'm not going to be pushed off it by a building.''", "Evelyn Park",
      "she"),
])


# --------------------------------------------------------------------------
# dev-05: guillemets « » with ‹ › nested (translated French statement),
# punctuation outside the marks for fragments

spec("dev-05-rhone-water-talks", [
    S("Claire Vautrin", "person", "French environment minister",
      ["Claire Vautrin", "Ms Vautrin", "the French environment minister",
       "French minister"]),
    S("Beat Zürcher", "person", "head of the Swiss delegation",
      ["Beat Zürcher", "Mr Zürcher", "The head of the Swiss delegation"]),
    S("French farmers in the Rhône valley", "group",
      "farmers downstream of the Swiss dams",
      ["French farmers in the Rhône valley"]),
    S("Ingrid Lindqvist", "person",
      "secretary-general of the Rhône Basin Authority", ["Ingrid Lindqvist"]),
    S("unnamed European Commission spokesperson", "person",
      "spokesperson for the European Commission",
      ["a spokesperson for the European Commission"]),
    S("unnamed officials in Brussels", "group",
      "European Union officials speaking privately",
      ["officials in Brussels", "Officials in Brussels"]),
    S("Valais cantonal authorities", "organisation",
      "authorities of the canton of Valais", ["the authorities"]),
    S("Stéphane Rey", "person", "energy director of the canton of Valais",
      ["Stéphane Rey", "The cantonal energy director"]),
], [
    P("«bad faith»", "Claire Vautrin", "French minister", occ=0,
      note="headline; 'accuses X of ...' takes no indirect span"),
    P("«bad faith»", "Claire Vautrin", "Claire Vautrin", occ=1,
      note="'accusing X of ...': gerund, partial only"),
    D("«We came to Geneva to find an agreement. We found a delegation that "
      "had already decided there would be none.»", "Claire Vautrin",
      "Ms Vautrin",
      note="translated statement; the translation is attributed to the "
           "speaker"),
    I("France would now ask the Rhône Basin Authority (RBA), the joint body "
      "that has managed the river since 1963, to rule on the dispute",
      "Claire Vautrin", "She"),
    D("«The treaty gives us this right, and we will use it,»",
      "Claire Vautrin", "she"),
    I("Switzerland had offered «more than any previous government»",
      "Beat Zürcher", "he"),
    P("«more than any previous government»", "Beat Zürcher", "he"),
    I("the talks were «paused, not dead»", "Beat Zürcher", "he"),
    P("«paused, not dead»", "Beat Zürcher", "he"),
    D("«Madame Vautrin speaks of ‹bad faith›. I would say that leaving the "
      "table after four hours is not how one shows good faith,»",
      "Beat Zürcher", "Mr Zürcher"),
    D("«Our door is open. It was open this morning, and it is open "
      "tonight.»", "Beat Zürcher", "Mr Zürcher", note=STANDALONE),
    I("releases from the Swiss dams fell by a fifth in 2022 and 2023, "
      "leaving irrigation canals near Lyon half empty",
      "French farmers in the Rhône valley",
      "French farmers in the Rhône valley"),
    I("the authority would meet in extraordinary session «within the month»",
      "Ingrid Lindqvist", "Ingrid Lindqvist"),
    P("«within the month»", "Ingrid Lindqvist", "Ingrid Lindqvist"),
    D("«This is a bilateral matter between two close partners,»",
      "unnamed European Commission spokesperson",
      "a spokesperson for the European Commission"),
    I("the Commission «trusts both sides to find a solution»",
      "unnamed European Commission spokesperson",
      "a spokesperson for the European Commission"),
    P("«trusts both sides to find a solution»",
      "unnamed European Commission spokesperson",
      "a spokesperson for the European Commission"),
    I("the dispute could complicate talks on Switzerland’s wider "
      "relationship with the bloc", "unnamed officials in Brussels",
      "officials in Brussels"),
    I("reservoir levels stood at 68\u00a0per cent of capacity and were close "
      "to the ten-year average", "Valais cantonal authorities",
      "the authorities"),
    P("«selective»", "Stéphane Rey", "Stéphane Rey",
      note="'described X as ...': complement, not a content clause; partial "
           "only"),
    I("the dams had released «every litre the treaty requires, and then "
      "some»", "Stéphane Rey", "Stéphane Rey"),
    P("«every litre the treaty requires, and then some»", "Stéphane Rey",
      "Stéphane Rey"),
    D("«Everything is on the table.»", "Claire Vautrin", "she"),
])


# --------------------------------------------------------------------------
# dev-06: German marks „ “ and ‚ ‘ in English text, German punctuation
# (comma outside the closing mark), a split quote

spec("dev-06-wind-power-dispute", [
    S("German federal government", "organisation", "the federal government",
      ["Germany’s federal government"]),
    S("Katrin Albers", "person", "Federal Economy Minister",
      ["Federal Economy Minister Katrin Albers", "Katrin Albers",
       "Ms Albers"]),
    S("Markus Haller", "person", "Bavarian state premier",
      ["Markus Haller", "Mr Haller", "Bavaria’s state premier"]),
    S("Jens Vollmer", "person", "president of the Federal Grid Office",
      ["Dr. Jens Vollmer", "Dr. Vollmer", "The office’s president"]),
    S("German Wind Energy Association", "organisation", "industry group",
      ["The German Wind Energy Association (BWV)",
       "The German Wind Energy Association", "BWV"]),
    S("unnamed economy ministry official", "person",
      "senior official in the federal economy ministry, anonymous",
      ["A senior official in the economy ministry", "the official"]),
    S("authorities in Munich", "organisation", "Bavarian state authorities",
      ["the authorities"]),
    S("unnamed state chancellery spokesperson", "person",
      "spokesperson for the Bavarian state chancellery",
      ["A spokesperson for the state chancellery"]),
], [
    I("a proposed state law restricting new wind turbines could cost the "
      "region billions in grid subsidies", "German federal government",
      "Germany’s federal government"),
    D("„The energy transition does not stop at the Bavarian border“",
      "Katrin Albers", "Federal Economy Minister Katrin Albers"),
    D("„If Munich wants the benefits of the national grid, it must also "
      "carry its share of the burden.“", "Katrin Albers",
      "Federal Economy Minister Katrin Albers"),
    I("the rule would make around 90 per cent of the state’s land "
      "off-limits", "Katrin Albers", "Ms Albers"),
    P("„a ‚not in my back yard‘ policy with a Bavarian accent“",
      "Katrin Albers", "she",
      note="'what she called ...': complement of 'called', partial only; "
           "the nested ‚…‘ is not annotated"),
    SCARE("‚10H‘"),
    I("the distance rule protected residents and that „nobody in Berlin has "
      "to live next to a 250-metre turbine“", "Markus Haller", "he"),
    P("„nobody in Berlin has to live next to a 250-metre turbine“",
      "Markus Haller", "he"),
    D("„We are not against wind power“", "Markus Haller", "Mr Haller"),
    D("„We are against turbines where people sleep.“", "Markus Haller",
      "Mr Haller"),
    I("the gap was „no longer sustainable“ for a country that wants to "
      "generate 80 per cent of its electricity from renewable sources by "
      "2030", "Jens Vollmer", "Dr. Jens Vollmer"),
    P("„no longer sustainable“", "Jens Vollmer", "Dr. Jens Vollmer"),
    D("„The numbers speak for themselves“", "Jens Vollmer", "Dr. Vollmer"),
    I("the Bavarian bill was „a de facto ban dressed up as a planning rule“",
      "German Wind Energy Association",
      "The German Wind Energy Association (BWV)"),
    P("„a de facto ban dressed up as a planning rule“",
      "German Wind Energy Association",
      "The German Wind Energy Association (BWV)"),
    I("Berlin was prepared to take the matter to the Federal Constitutional "
      "Court if necessary", "unnamed economy ministry official",
      "A senior official in the economy ministry"),
    D("„We would rather talk“", "unnamed economy ministry official",
      "the official"),
    D("„but we are not afraid of Karlsruhe.“",
      "unnamed economy ministry official", "the official",
      note="second part of a quote split by its attribution"),
    I("the law would go ahead as planned", "authorities in Munich",
      "the authorities"),
    I("a vote in the Landtag was expected before the summer break",
      "unnamed state chancellery spokesperson",
      "A spokesperson for the state chancellery"),
    I("she was „always ready for a conversation“ with Mr Haller but that the "
      "bill had to be withdrawn first", "Katrin Albers", "Ms Albers"),
    P("„always ready for a conversation“", "Katrin Albers", "Ms Albers"),
])


# --------------------------------------------------------------------------
# dev-07: no blank lines (every line is a paragraph), curly double quotes,
# a quote running over a line break, a relative-clause gap

spec("dev-07-rural-school-closures", [
    S("Hollin County Teachers’ Union", "organisation",
      "county teachers' union",
      ["Hollin County Teachers’ Union", "the county teachers’ union",
       "the union"]),
    S("Marta Lindgren", "person", "superintendent of Hollin County schools",
      ["Superintendent Marta Lindgren", "Lindgren"]),
    S("Priya Raman", "person", "president of the Hollin County Teachers’ "
      "Union", ["Priya Raman", "Raman"]),
    S("Ellis Boateng", "person", "school board member who voted against",
      ["Board member Dr. Ellis Boateng", "Dr. Ellis Boateng",
       "Dr. Boateng"]),
    S("state education department", "organisation",
      "state education department", ["the state education department"]),
    S("Jenna Walsh", "person", "parent of two Millbrook Primary pupils",
      ["Jenna Walsh"]),
    S("Tom", "person", "parent who gave only his first name",
      ["Another parent", "Tom"]),
], [
    P("“in every way the law allows.”", "Hollin County Teachers’ Union",
      "the county teachers’ union",
      note="'a decision the union said it would fight': reported clause "
           "with a gap (object extracted), so no indirect span"),
    I("the four schools, which together teach 212 pupils, were running at "
      "less than half capacity and cost twice as much per child as the "
      "county average", "Marta Lindgren", "Superintendent Marta Lindgren"),
    D("“Nobody on this board wanted to do this,”", "Marta Lindgren", "she"),
    D("“But we cannot keep four buildings open for children who are not "
      "there.\n“Every dollar we spend heating a half-empty classroom is a "
      "dollar we do not spend on a teacher.”", "Marta Lindgren", "she",
      note=MULTI + " (here the paragraphs are single lines)"),
    I("Pupils will move to larger schools in Hollin and Ashby, with free "
      "buses provided by the county", "Marta Lindgren", "she"),
    P("“a betrayal of every village in this county”", "Priya Raman",
      "Priya Raman"),
    I("teachers would vote next week on whether to strike", "Priya Raman",
      "Priya Raman"),
    D("“These schools are the last public buildings in some of these "
      "villages,”", "Priya Raman", "she"),
    D("“Close the school and you close the village.”", "Priya Raman", "she"),
    I("the savings had been overstated", "Priya Raman", "Raman"),
    I("the board’s own figures showed bus costs would eat up “at least a "
      "third” of them", "Priya Raman", "Raman"),
    P("“at least a third”", "Priya Raman", "Raman"),
    I("he shared the union’s doubts", "Ellis Boateng",
      "Board member Dr. Ellis Boateng"),
    D("“The numbers in this report were built to reach a conclusion,”",
      "Ellis Boateng", "Dr. Boateng"),
    D("“not to test one.”", "Ellis Boateng", "Dr. Boateng",
      note="second part of a quote split by its attribution"),
    I("Hollin County has lost 14 per cent of its primary pupils since 2015",
      "state education department", "the state education department"),
    I("her younger son’s bus ride would go from 10 minutes to more than 50",
      "Jenna Walsh", "Jenna Walsh"),
    D("“He is six,”", "Jenna Walsh", "she"),
    D("“Six years old, on a bus for an hour, twice a day. Would any of you "
      "accept that?”", "Jenna Walsh", "she"),
    I("the board had “stopped listening years ago.”", "Tom",
      "Another parent"),
    P("“stopped listening years ago.”", "Tom", "Another parent"),
    I("the board would hold drop-in sessions at each of the four schools in "
      "the coming weeks", "Marta Lindgren", "Lindgren"),
    D("“The vote is the vote.”", "Marta Lindgren", "she"),
    I("A strike ballot would be the first in the county since 2009",
      "Hollin County Teachers’ Union", "the union"),
])


# --------------------------------------------------------------------------
# dev-08: curly double quotes with one unclosed opening mark (source
# irregularity) that must not swallow the following paragraphs; passive
# "was described by X as"; "was quoted ... as saying"; a report in a report

spec("dev-08-treasurer-trial", [
    S("Gerald Whitcombe", "person", "former Ashford city treasurer, defendant",
      ["Former Ashford city treasurer Gerald Whitcombe", "Gerald Whitcombe",
       "Mr. Whitcombe"]),
    S("prosecutors", "group", "prosecutors in the Whitcombe trial",
      ["Prosecutors"]),
    S("Renée Caldwell", "person", "Assistant District Attorney",
      ["Assistant District Attorney Renée Caldwell", "Ms. Caldwell"]),
    S("Harold Munro", "person", "former auditor of the pension fund",
      ["Harold Munro", "The fund’s former auditor"]),
    S("Daniel Ferris", "person", "Mr. Whitcombe's lawyer",
      ["Daniel Ferris", "Mr. Ferris"]),
    S("Patricia Oduya", "person", "trial judge",
      ["Judge Patricia Oduya"]),
    S("Colin Baptiste", "person", "former mayor of Ashford",
      ["Former Ashford mayor Colin Baptiste", "Colin Baptiste"]),
    S("Ashford pension fund board", "organisation",
      "board of the city's pension fund", ["The pension fund’s board"]),
    S("Alicia Grant", "person", "chairwoman of the pension fund's board",
      ["Alicia Grant", "the board’s chairwoman"]),
], [
    I("he had never taken “a single cent” from the city’s pension fund, and "
      "that the missing $2.1 million had been lost through bad investments, "
      "not theft", "Gerald Whitcombe",
      "Former Ashford city treasurer Gerald Whitcombe"),
    P("“a single cent”", "Gerald Whitcombe",
      "Former Ashford city treasurer Gerald Whitcombe"),
    D("“I made mistakes. I trusted the wrong advisers,”", "Gerald Whitcombe",
      "Mr. Whitcombe"),
    D("“But I am not a thief.”", "Gerald Whitcombe", "Mr. Whitcombe"),
    I("Mr. Whitcombe moved money from the fund into accounts controlled by "
      "his brother-in-law between 2017 and 2021", "prosecutors",
      "Prosecutors"),
    P("“patient, careful and deliberate.”", "Renée Caldwell",
      "Assistant District Attorney Renée Caldwell",
      note="passive 'was described by X as ...': complement, not a content "
           "clause; partial only"),
    I("he had been “embarrassed” and had hoped to recover the money before "
      "anyone noticed", "Gerald Whitcombe", "He"),
    P("“embarrassed”", "Gerald Whitcombe", "He"),
    I("every transfer had been signed off by at least two members of the "
      "finance committee", "Gerald Whitcombe", "Mr. Whitcombe"),
    D("“So you hid it,”", "Renée Caldwell", "Ms. Caldwell"),
    D("“I didn’t hide anything,”", "Gerald Whitcombe", "he"),
    D("“I was waiting for the market to turn.”", "Gerald Whitcombe", "he"),
    I("he had raised concerns about the transfers in 2019 but was told by "
      "Mr. Whitcombe that they were “temporary and fully documented.”",
      "Harold Munro", "Harold Munro",
      note="a report inside a report: only the outer clause (Munro's "
           "testimony) is annotated; the nested quoted words are "
           "Whitcombe's"),
    P("“temporary and fully documented.”", "Gerald Whitcombe",
      "Mr. Whitcombe", after="was told by Mr. Whitcombe"),
    I("his client had been “naive, not criminal,” and that the "
      "brother-in-law was the one who should be answering questions",
      "Daniel Ferris", "Daniel Ferris"),
    P("“naive, not criminal,”", "Daniel Ferris", "Daniel Ferris"),
    I("the prosecution had “overreached” from day one", "Daniel Ferris",
      "Mr. Ferris"),
    P("“overreached”", "Daniel Ferris", "Mr. Ferris"),
    P("“a house of cards.", "Daniel Ferris", "Mr. Ferris",
      note="source irregularity: the closing mark is missing; the span ends "
           "at the end of the paragraph and the next paragraph is not part "
           "of the quote"),
    I("they should expect to begin deliberations on Monday",
      "Patricia Oduya", "Judge Patricia Oduya"),
    I("he felt “personally betrayed.”", "Colin Baptiste",
      "Former Ashford mayor Colin Baptiste",
      note="'was quoted ... as saying' + clause"),
    P("“personally betrayed.”", "Colin Baptiste",
      "Former Ashford mayor Colin Baptiste"),
    I("retirees’ payments had not been affected and that the city had "
      "repaid the fund in full from its reserves",
      "Ashford pension fund board", "The pension fund’s board"),
    D("“Nobody lost a pension check,”", "Alicia Grant", "Alicia Grant"),
    D("“But the city lost a lot of trust.”", "Alicia Grant", "Alicia Grant"),
])


# --------------------------------------------------------------------------
# dev-09: titles of a book, a series, a podcast and a drama (speaker null,
# note title), a quoted term (scare), single quotes nested in a direct quote

spec("dev-09-salt-road-series", [
    S("Naomi Adler", "person", "novelist, author of The Salt Road",
      ["Novelist Naomi Adler", "Naomi K. Adler", "Ms. Adler"]),
    S("unnamed reviewer", "person", "a critic who has seen early episodes",
      ["one reviewer"]),
    S("unnamed Northlight spokesman", "person", "spokesman for Northlight",
      ["A spokesman for Northlight"]),
    S("J. R. Fairweather", "person", "showrunner of Salt Road",
      ["J. R. Fairweather", "Mr. Fairweather", "The showrunner"]),
    S("Northlight", "organisation", "streaming service",
      ["Northlight"]),
    S("industry analysts", "group", "unnamed industry analysts",
      ["Industry analysts"]),
], [
    I("TV version of “The Salt Road” is “better than the book”",
      "Naomi Adler", "Novelist Naomi Adler",
      note="headline attribution 'X says ...'"),
    TITLE("“The Salt Road”"),
    P("“better than the book”", "Naomi Adler", "Novelist Naomi Adler"),
    I("she had never been as nervous as she was before the premiere of "
      "“Salt Road,”", "Naomi Adler", "she",
      note="the trailing apposition (the series and the book it is based "
           "on) is the writer's background and is left out"),
    TITLE("“Salt Road,”"),
    TITLE("“The Salt Road.”"),
    D("“I wrote that book at my kitchen table with a toddler on my lap,”",
      "Naomi Adler", "Ms. Adler"),
    TITLE("“Shelf Life.”"),
    D("“To see it with a budget and a cast of hundreds is a little "
      "surreal.”", "Naomi Adler", "Ms. Adler"),
    P("“gorgeous and glacial.”", "unnamed reviewer", "one reviewer",
      note="'called it ...': complement, partial only"),
    I("she had been closely involved in the writing and had “fought for "
      "every one” of the slow scenes", "Naomi Adler", "Ms. Adler"),
    P("“fought for every one”", "Naomi Adler", "Ms. Adler"),
    D("“Crime fiction is not only about who did it,”", "Naomi Adler", "she"),
    D("“It’s about what it costs a town to find out.”", "Naomi Adler",
      "she"),
    D("“I don’t know what ‘cozy crime’ means,”", "Naomi Adler", "she"),
    D("“There are four murders in ‘The Salt Road.’ Nobody in it is cozy.”",
      "Naomi Adler", "she"),
    SCARE("“cozy crime,”"),
    I("the phrase was “meant as a compliment” and that the company was "
      "“proud to bring Naomi’s world to the screen.”",
      "unnamed Northlight spokesman", "A spokesman for Northlight"),
    P("“meant as a compliment”", "unnamed Northlight spokesman",
      "A spokesman for Northlight"),
    P("“proud to bring Naomi’s world to the screen.”",
      "unnamed Northlight spokesman", "A spokesman for Northlight"),
    TITLE("“Lockdown,”"),
    I("the team had deliberately kept the novel’s pace", "J. R. Fairweather",
      "J. R. Fairweather"),
    D("“Naomi trusted us with something she loved,”", "J. R. Fairweather",
      "Mr. Fairweather"),
    D("“The least we could do was not rush it.”", "J. R. Fairweather",
      "Mr. Fairweather"),
    I("the first episode was watched by 1.2 million households in its first "
      "24 hours on the service’s preview channel", "Northlight",
      "Northlight"),
    I("the figure could not be independently verified", "industry analysts",
      "Industry analysts"),
    D("“Honestly? It’s better than the book,”", "Naomi Adler", "she"),
    D("“Don’t tell my publisher.”", "Naomi Adler", "she"),
    I("she was already at work on a sequel", "Naomi Adler", "Ms. Adler",
      note="the relative clause 'which she described only as ...' is a "
           "separate speech act with a gap and is left out"),
    P("“darker, and with more weather.”", "Naomi Adler", "she"),
])


# --------------------------------------------------------------------------
# dev-10: organisations and officials: a central bank, an apposition
# ("Maria Kovacs, the country's finance minister,"), an acronym body, a
# Secretary of State, an unnamed senior official, "according to" first

spec("dev-10-central-bank-rates", [
    S("National Bank of Estovia", "organisation", "Estovia's central bank",
      ["The National Bank of Estovia"]),
    S("Maria Kovacs", "person", "Estovia's finance minister",
      ["Maria Kovacs", "Ms. Kovacs", "the country’s finance minister"]),
    S("Elena Varga", "person", "Prime Minister of Estovia",
      ["Prime Minister Elena Varga"]),
    S("Tomas Halloran", "person", "governor of the National Bank of Estovia",
      ["Tomas Halloran", "Mr. Halloran", "The bank’s governor"]),
    S("unnamed finance ministry official", "person",
      "senior official at the finance ministry, not authorised to speak",
      ["a senior official at the finance ministry", "The official"]),
    S("International Fiscal Stability Organisation", "organisation",
      "international lender",
      ["The International Fiscal Stability Organisation (IFSO)",
       "The International Fiscal Stability Organisation", "IFSO"]),
    S("Amara Nwosu", "person", "IFSO spokesperson",
      ["Dr. Amara Nwosu", "Dr. Nwosu", "An IFSO spokesperson"]),
    S("Jonas Berg", "person", "Estovia's Secretary of State for Trade",
      ["Jonas Berg", "Estovia’s Secretary of State for Trade"]),
    S("analysts at Vell Capital", "group", "analysts at a Vell bank",
      ["analysts at Vell Capital"]),
    S("Katya Morozova", "person", "opposition leader",
      ["Opposition leader Katya Morozova"]),
], [
    I("inflation was “far too high and still climbing.”",
      "National Bank of Estovia", "The National Bank of Estovia",
      note="'saying' + clause after the main verb"),
    P("“far too high and still climbing.”", "National Bank of Estovia",
      "The National Bank of Estovia"),
    I("a rise would “choke a recovery that has barely begun,”",
      "Maria Kovacs", "Maria Kovacs"),
    P("“choke a recovery that has barely begun,”", "Maria Kovacs",
      "Maria Kovacs"),
    I("the bank should “think about families, not spreadsheets.”",
      "Elena Varga", "Prime Minister Elena Varga"),
    P("“think about families, not spreadsheets.”", "Elena Varga",
      "Prime Minister Elena Varga"),
    D("“Our mandate is price stability. It is written in the law, and it is "
      "not negotiable,”", "Tomas Halloran", "he"),
    D("“If we do not act now, we will have to act much harder later.”",
      "Tomas Halloran", "he", note=STANDALONE),
    I("the bank expected inflation, currently 14.2 per cent, to fall below "
      "10 per cent by the end of next year", "Tomas Halloran",
      "Mr. Halloran"),
    I("further increases had not been ruled out", "Tomas Halloran",
      "Mr. Halloran"),
    I("the government “respects the independence of the bank” but that "
      "“independence is not the same as immunity from criticism.”",
      "Maria Kovacs", "she"),
    P("“respects the independence of the bank”", "Maria Kovacs", "she"),
    P("“independence is not the same as immunity from criticism.”",
      "Maria Kovacs", "she"),
    D("“We will not be lectured by people who have never had to balance a "
      "budget,”", "Maria Kovacs", "she"),
    I("the government is now considering a bill that would allow parliament "
      "to summon the governor twice a year",
      "unnamed finance ministry official",
      "a senior official at the finance ministry"),
    I("the bill was “not a threat, just accountability.”",
      "unnamed finance ministry official", "The official"),
    P("“not a threat, just accountability.”",
      "unnamed finance ministry official", "The official"),
    I("it “strongly supports” the bank’s decision",
      "International Fiscal Stability Organisation",
      "The International Fiscal Stability Organisation (IFSO)"),
    P("“strongly supports”", "International Fiscal Stability Organisation",
      "The International Fiscal Stability Organisation (IFSO)"),
    I("the organisation had warned Vell in March that inflation expectations "
      "were becoming unanchored", "Amara Nwosu", "Dr. Amara Nwosu",
      note="a report inside a report: only the outer clause is annotated"),
    D("“Central banks that wait for permission usually wait too long,”",
      "Amara Nwosu", "Dr. Nwosu"),
    I("exporters could cope with higher rates “as long as the currency stays "
      "stable.”", "Jonas Berg", "Jonas Berg"),
    P("“as long as the currency stays stable.”", "Jonas Berg", "Jonas Berg"),
    I("the move “restores some credibility.”", "analysts at Vell Capital",
      "analysts at Vell Capital"),
    P("“restores some credibility.”", "analysts at Vell Capital",
      "analysts at Vell Capital"),
    P("“bullying”", "Katya Morozova", "Opposition leader Katya Morozova",
      note="'accused X of ...': gerund, partial only"),
    I("it was trying to “blame the thermometer for the fever.”",
      "Katya Morozova", "Opposition leader Katya Morozova"),
    P("“blame the thermometer for the fever.”", "Katya Morozova",
      "Opposition leader Katya Morozova"),
    D("“Every time prices go up, this government finds someone else to "
      "blame,”", "Katya Morozova", "she"),
    D("“First it was the war, then the weather. Now it is the central "
      "bank.”", "Katya Morozova", "she"),
])


# --------------------------------------------------------------------------
# dev-11: British sports report, curly single quotes, punctuation outside
# for fragments, a single-quoted quote over a paragraph break, apostrophes
# (’80s, ’70s, couldn’t, Supporters’ Trust)

spec("dev-11-manager-sacked", [
    S("Roger Pike", "person", "Harbury Town chairman",
      ["chairman Roger Pike", "Pike"]),
    S("Harbury Town", "organisation", "football club",
      ["Harbury Town", "Harbury", "The club"]),
    S("Kenny Doyle", "person", "sacked Harbury Town manager",
      ["manager Kenny Doyle", "Kenny Doyle", "Doyle"]),
    S("Leon Achterberg", "person", "Harbury Town captain",
      ["Captain Leon Achterberg"]),
    S("Pat Henshaw", "person", "season-ticket holder",
      ["season-ticket holder Mrs Pat Henshaw", "Mrs Pat Henshaw"]),
    S("Gary Lowe", "person", "supporter since the 1970s", ["Gary Lowe"]),
    S("Harbury Town Supporters’ Trust", "organisation", "supporters' trust",
      ["The Harbury Town Supporters’ Trust"]),
], [
    P("‘embarrassing’", "Roger Pike", "chairman Roger Pike",
      note="headline fragment with no attribution of its own; the body "
           "attributes the words to the chairman"),
    P("‘embarrassing for everyone who loves this club’", "Roger Pike",
      "chairman Roger Pike",
      note="'a result X described as ...': complement, partial only"),
    I("Doyle had been ‘relieved of his duties with immediate effect’",
      "Harbury Town", "Harbury"),
    P("‘relieved of his duties with immediate effect’", "Harbury Town",
      "Harbury"),
    P("‘three years of hard work and some wonderful memories’",
      "Harbury Town", "Harbury",
      note="'thanked him for ...': noun phrase, partial only"),
    I("the decision had been ‘the hardest of my time here’ but that the "
      "board ‘couldn’t sit and watch the season drift away’", "Roger Pike",
      "Pike"),
    P("‘the hardest of my time here’", "Roger Pike", "Pike"),
    P("‘couldn’t sit and watch the season drift away’", "Roger Pike",
      "Pike"),
    D("‘Kenny is a good man and a good coach,’", "Roger Pike", "he"),
    D("‘But results are results, and the supporters deserve better than what "
      "they saw on Saturday.\n\n‘We owe it to them to act, and we have.’",
      "Roger Pike", "he", note=MULTI),
    I("he was ‘gutted but not surprised’", "Kenny Doyle", "Doyle"),
    P("‘gutted but not surprised’", "Kenny Doyle", "Doyle"),
    I("the players had ‘given everything’ and that injuries had ‘ripped the "
      "heart out of the squad’", "Kenny Doyle", "he"),
    P("‘given everything’", "Kenny Doyle", "he"),
    P("‘ripped the heart out of the squad’", "Kenny Doyle", "he"),
    D("‘I don’t regret a day of it,’", "Kenny Doyle", "he"),
    D("‘Football’s a results business. I knew that when I took the job, and "
      "I know it now.’", "Kenny Doyle", "he"),
    I("the dressing room was ‘in shock’", "Leon Achterberg",
      "Captain Leon Achterberg"),
    P("‘in shock’", "Leon Achterberg", "Captain Leon Achterberg"),
    D("‘The lads are devastated,’", "Leon Achterberg", "he"),
    D("‘We let the gaffer down on Saturday, and that’s on us, not him.’",
      "Leon Achterberg", "he"),
    I("Doyle had been ‘treated shamefully’", "Pat Henshaw",
      "season-ticket holder Mrs Pat Henshaw"),
    P("‘treated shamefully’", "Pat Henshaw",
      "season-ticket holder Mrs Pat Henshaw"),
    D("‘He took us up, and they’ve thrown him out like last week’s chip "
      "paper,’", "Pat Henshaw", "she"),
    D("‘Four–nil to a pub team,’", "Gary Lowe", "Gary Lowe"),
    D("‘Something had to give.’", "Gary Lowe", "Gary Lowe"),
    I("it ‘respected the board’s decision’ but wanted ‘a proper plan, not "
      "another quick fix’", "Harbury Town Supporters’ Trust",
      "The Harbury Town Supporters’ Trust"),
    P("‘respected the board’s decision’", "Harbury Town Supporters’ Trust",
      "The Harbury Town Supporters’ Trust"),
    P("‘a proper plan, not another quick fix’",
      "Harbury Town Supporters’ Trust", "The Harbury Town Supporters’ Trust"),
    I("it hoped to name a permanent replacement ‘within a fortnight’",
      "Harbury Town", "The club"),
    P("‘within a fortnight’", "Harbury Town", "The club"),
])


# --------------------------------------------------------------------------
# dev-12: straight double quotes, headline attributions without speech
# verbs ("Nair: ...", "X says ..."), a split quote, speakers' gender from
# first names only (no honorifics), "that" as a determiner

spec("dev-12-mayoral-debate", [
    S("Priya Nair", "person", "mayoral challenger",
      ["Challenger Priya Nair", "Priya Nair", "Nair"]),
    S("Tomasz Wójcik", "person", "Mayor, seeking a third term",
      ["Mayor Tomasz Wójcik", "Wójcik"]),
    S("Lucas Ferreira", "person", "Nair's campaign manager",
      ["Lucas Ferreira", "Nair's campaign manager", "Ferreira"]),
    S("Ruth Abernathy", "person", "Green Party mayoral candidate",
      ["the Green Party's Ruth Abernathy", "Ruth Abernathy"]),
    S("unnamed election board spokesperson", "person",
      "spokesperson for the election board",
      ["A spokesperson for the election board"]),
], [
    I('city "cannot afford" another four years of Wójcik', "Priya Nair",
      "Nair", note="headline attribution 'X: ...'"),
    P('"cannot afford"', "Priya Nair", "Nair"),
    I("rival's housing pledge is 'a slogan'", "Tomasz Wójcik", "Wójcik",
      note="headline attribution 'X says ...'"),
    P("'a slogan'", "Tomasz Wójcik", "Wójcik"),
    P('"managing decline"', "Priya Nair", "Challenger Priya Nair",
      note="'accusing X of ...': gerund, partial only; 'promising to "
           "build' is an infinitive, no indirect span"),
    D('"This city has had eight years of excuses,"', "Priya Nair", "Nair"),
    D('"I\'m not running to manage what we have. I\'m running to build what '
      'we need."', "Priya Nair", "Nair"),
    I('his opponent\'s numbers "don\'t add up."', "Tomasz Wójcik", "Wójcik"),
    P('"don\'t add up."', "Tomasz Wójcik", "Wójcik"),
    D('"Ten thousand homes,"', "Tomasz Wójcik", "he"),
    D('"is a slogan, not a plan."', "Tomasz Wójcik", "he",
      note="second part of a quote split by its attribution"),
    I("the police department's overtime budget had tripled since 2019 while "
      "response times had got worse", "Priya Nair", "Nair"),
    I('that claim was "simply false"', "Tomasz Wójcik", "Wójcik",
      note="'that' is a determiner here ('that claim'), not a "
           "complementiser, so it is kept"),
    P('"simply false"', "Tomasz Wójcik", "Wójcik"),
    I("response times had improved in five of the city's seven districts",
      "Tomasz Wójcik", "Wójcik"),
    D('"We had a contractor who didn\'t deliver, and we held them to '
      'account,"', "Tomasz Wójcik", "he"),
    D('"That\'s what you do."', "Tomasz Wójcik", "he"),
    D('"The mayor has a contractor for everything except taking '
      'responsibility."', "Priya Nair", "Nair",
      note="attribution before the quote with a colon ('Nair's reply ...:')"),
    I('his rival had "never run anything bigger than a city council '
      'committee."', "Tomasz Wójcik", "he"),
    P('"never run anything bigger than a city council committee."',
      "Tomasz Wójcik", "he"),
    D('"She\'s a talented speaker,"', "Tomasz Wójcik", "Wójcik"),
    D('"Talking is the easy part."', "Tomasz Wójcik", "Wójcik"),
    I('the mayor was "rattled"', "Lucas Ferreira", "Lucas Ferreira"),
    P('"rattled"', "Lucas Ferreira", "Lucas Ferreira"),
    I("internal polling showed Nair within three points", "Lucas Ferreira",
      "Lucas Ferreira"),
    P('"an insult to the 12,000 people who signed my petition"',
      "Ruth Abernathy", "she", note="'called X ...': complement, partial "
                                     "only"),
    I('she would "take this to the election board."', "Ruth Abernathy",
      "she"),
    P('"take this to the election board."', "Ruth Abernathy", "she"),
    I('the debate was organized by the broadcaster and was "not a matter for '
      'the board."', "unnamed election board spokesperson",
      "A spokesperson for the election board"),
    P('"not a matter for the board."', "unnamed election board spokesperson",
      "A spokesperson for the election board"),
])


# --------------------------------------------------------------------------
# dev-13: curly double quotes; stated, explained, warned, denied, argued;
# "according to X" after the clause; "was quoted ... as saying that";
# passive "was described by X as"; abbreviations Ore. Dr. St. Jan.; NBSP

spec("dev-13-measles-outbreak", [
    S("Carrow County public health officials", "group",
      "county public health officials",
      ["Public health officials", "Health officials"]),
    S("Hana Sato", "person", "Carrow County public health director",
      ["Dr.\u00a0Hana Sato", "Dr. Sato",
       "the county’s public health director"]),
    S("Martin Greaves", "person", "state epidemiologist",
      ["Dr. Martin Greaves", "Dr. Greaves", "The state epidemiologist"]),
    S("state health authority", "organisation", "state health authority",
      ["the state health authority"]),
    S("some parents", "group", "parents at a school board meeting",
      ["some parents"]),
    S("Derek Collins", "person", "father who chose not to vaccinate",
      ["Derek Collins", "One father"]),
    S("unnamed Carrow County school superintendent", "person",
      "the county's school superintendent",
      ["The county’s school superintendent"]),
    S("unnamed governor's office spokesperson", "person",
      "spokesperson for the governor's office",
      ["A spokesperson for the governor’s office", "the spokesperson"]),
    S("unnamed state health authority official", "person",
      "senior official at the state health authority, anonymous",
      ["A senior official at the state health authority"]),
], [
    I("measles outbreak could spread beyond Carrow County",
      "Carrow County public health officials", "Health officials",
      note="headline"),
    I("the number was likely to rise", "Carrow County public health "
      "officials", "Public health officials"),
    I("19 of the 23 patients were children and that none of them had been "
      "fully vaccinated", "Hana Sato", "Dr.\u00a0Hana Sato"),
    I("Four have been admitted to St. Luke’s Hospital in Carrow",
      "Hana Sato", "she",
      note="the next sentence ('One of them, an infant, ...') has no "
           "attribution of its own and is not annotated"),
    D("“Measles is not a mild illness,”", "Hana Sato", "Dr. Sato"),
    D("“One in five children who catch it will end up in hospital. I have "
      "seen what it does, and I do not want to see it again.”", "Hana Sato",
      "Dr. Sato"),
    I("the virus can linger in the air of a room for up to two hours after "
      "an infected person has left", "Hana Sato", "She"),
    I("the outbreak was “entirely preventable”", "Martin Greaves",
      "Dr. Martin Greaves",
      note="'urged parents to check ...' is an infinitive, no span"),
    P("“entirely preventable”", "Martin Greaves", "Dr. Martin Greaves"),
    D("“We have a safe, effective vaccine that has been around since the "
      "1960s,”", "Martin Greaves", "he"),
    D("“There is no mystery here.”", "Martin Greaves", "he"),
    I("Vaccination rates among kindergartners in Carrow County have fallen "
      "to 81 percent", "state health authority",
      "the state health authority",
      note="the trailing comparison after 'according to ...' is the "
           "writer's; 'that experts say is needed' has a gap and is not "
           "annotated"),
    I("the decision to vaccinate should be “a family matter, not a "
      "government one.”", "some parents", "some parents"),
    P("“a family matter, not a government one.”", "some parents",
      "some parents"),
    I("he had read “both sides” and chosen not to vaccinate his two "
      "daughters", "Derek Collins", "Derek Collins"),
    P("“both sides”", "Derek Collins", "Derek Collins"),
    D("“I’m not anti-science,”", "Derek Collins", "he"),
    D("“I just want to make the decision myself.”", "Derek Collins", "he"),
    I("she respected parents’ concerns", "Hana Sato", "Dr. Sato"),
    I("the outbreak “will not check anyone’s paperwork.”", "Hana Sato",
      "Dr. Sato"),
    P("“will not check anyone’s paperwork.”", "Hana Sato", "Dr. Sato"),
    I("unvaccinated pupils at affected schools would be kept home for 21 "
      "days", "unnamed Carrow County school superintendent",
      "The county’s school superintendent",
      note="'was quoted ... as saying that' + clause"),
    P("“overdue but welcome.”", "Martin Greaves", "Dr. Greaves",
      note="passive 'was described by X as ...': complement, partial only"),
    I("the state had been slow to respond",
      "unnamed governor's office spokesperson",
      "A spokesperson for the governor’s office"),
    D("“We have had a team on the ground since the second case was "
      "confirmed,”", "unnamed governor's office spokesperson",
      "the spokesperson"),
    D("“Nobody is asleep at the wheel.”",
      "unnamed governor's office spokesperson", "the spokesperson"),
    I("the agency had asked federal health officials for extra vaccine "
      "doses", "unnamed state health authority official",
      "A senior official at the state health authority"),
])


# --------------------------------------------------------------------------
# dev-14: straight single quotes as the main marks (BBC style) with straight
# double quotes nested, apostrophes everywhere ('90s, they'd, council's),
# "X said: '...'", a quote over a paragraph break, mostly direct quotes

spec("dev-14-mountain-rescue", [
    S("Fiona McRae", "person", "leader of the Corrach Mountain Rescue Team",
      ["Team leader Fiona McRae", "Fiona McRae", "Ms McRae"]),
    S("unnamed rescued woman", "person", "one of the two rescued climbers",
      ["The woman"]),
    S("Callum Innes", "person", "mountain rescue volunteer",
      ["Callum Innes", "Mr Innes"]),
    S("police", "organisation", "police", ["Police"]),
    S("unnamed Scottish Mountain Safety Council spokesman", "person",
      "spokesman for the Scottish Mountain Safety Council",
      ["A spokesman for the Scottish Mountain Safety Council"]),
    S("unnamed rescued man", "person", "one of the two rescued climbers",
      ["The man"]),
], [
    D("'We thought we'd lost them'", "Fiona McRae", "Team leader Fiona McRae",
      note="headline quote set off by a colon, with no attribution of its "
           "own; the body gives the words to the team leader"),
    D("'They'd done everything right. They'd dug in, they'd stayed together "
      "and they'd kept their phone warm inside a jacket so the battery "
      "didn't die.\n\n'When the signal went at about 2am, I'll be honest, we "
      "thought we'd lost them.'", "Fiona McRae", "Team leader Fiona McRae",
      note=MULTI),
    I("the climbers had been caught out by a change in the weather that had "
      "not been forecast until late on Saturday afternoon", "Fiona McRae",
      "She"),
    I("The team's 14 volunteers had been out for nine hours", "Fiona McRae",
      "she"),
    D("'The forecast said \"fair, becoming windy\",'", "Fiona McRae",
      "Ms McRae"),
    D("'What they got was a full-blown blizzard.'", "Fiona McRae",
      "Ms McRae"),
    I("she had climbed the mountain 'a dozen times' in summer but never in "
      "winter", "unnamed rescued woman", "The woman"),
    P("'a dozen times'", "unnamed rescued woman", "The woman"),
    D("'She was very apologetic, which she didn't need to be,'",
      "Callum Innes", "Callum Innes"),
    D("'People think we're going to tell them off. We're not. We're just "
      "glad they're alive.'", "Callum Innes", "Callum Innes"),
    I("conditions on the ledge were 'as bad as I've seen'", "Callum Innes",
      "Mr Innes"),
    P("'as bad as I've seen'", "Callum Innes", "Mr Innes"),
    P("'lucky, but also well prepared'", "Callum Innes", "He",
      note="'described X as ...': complement, partial only"),
    I("both climbers had been taken to Corrach Community Hospital and were "
      "in a stable condition", "police", "Police"),
    D("'Winter conditions can arrive in a matter of hours. Our advice is "
      "simple: check the forecast, carry an ice axe and crampons, and know "
      "when to turn back.'",
      "unnamed Scottish Mountain Safety Council spokesman",
      "A spokesman for the Scottish Mountain Safety Council"),
    I("the council's 'Be Winter Ready' campaign, which runs until March, had "
      "reached more than 40,000 people this season",
      "unnamed Scottish Mountain Safety Council spokesman", "He"),
    TITLE("'Be Winter Ready'"),
    D("'We don't send bills,'", "Fiona McRae", "she"),
    D("'We never have and we never will. Mountain rescue in Scotland is "
      "free, and it's staffed by volunteers who'd rather be in bed on a "
      "Saturday night.'", "Fiona McRae", "she"),
    I("The team had carried out 31 call-outs so far this year, compared with "
      "24 at the same point last year", "Fiona McRae", "she"),
    D("'Thank you doesn't cover it. You're heroes, every one of you.'",
      "unnamed rescued man", "The man"),
])


# --------------------------------------------------------------------------
# dev-15: mostly direct quotes: inverted "said X", a nested single quote
# closing right before the double (’”), a cue-less quote paragraph, pronoun
# cues resolved from honorifics (Mrs., Mr.) and titles (Sheriff, Gov.),
# abbreviations Calif. m.p.h. O.K. Gov.

spec("dev-15-wildfire-evacuation", [
    S("Rosa Alvarez", "person", "evacuated Pine Hollow resident",
      ["Rosa Alvarez", "Mrs. Alvarez"]),
    S("state forestry department", "organisation", "state fire agency",
      ["the state forestry department"]),
    S("Owen Pratt", "person", "battalion chief",
      ["Battalion Chief Owen Pratt"]),
    S("Tom Reilly", "person", "evacuated neighbour of the Alvarezes",
      ["Tom Reilly", "Mr. Reilly"]),
    S("Diane Holloway", "person", "county sheriff",
      ["Sheriff Diane Holloway"]),
    S("Pacific Valley Power", "organisation", "electric utility",
      ["Pacific Valley Power", "the utility that serves the area"]),
    S("Leah Brennan", "person", "state governor", ["Gov. Leah Brennan"]),
], [
    D("“We had maybe 10 minutes,”", "Rosa Alvarez", "Rosa Alvarez"),
    D("“You don’t think about what you’re taking. You just take.”",
      "Rosa Alvarez", "Rosa Alvarez"),
    D("“I told him, ‘Miguel, it’s a house. I can’t replace you,’”",
      "Rosa Alvarez", "Mrs. Alvarez",
      note="the nested single quote (her own earlier words) is not "
           "annotated separately"),
    I("The fire had burned more than 18,000 acres by Sunday morning and was "
      "5 percent contained", "state forestry department",
      "the state forestry department"),
    I("wind gusts of up to 50 m.p.h. had pushed the fire “faster than any "
      "model predicted.”", "Owen Pratt", "Battalion Chief Owen Pratt"),
    P("“faster than any model predicted.”", "Owen Pratt",
      "Battalion Chief Owen Pratt"),
    D("“This thing made a run of four miles in under two hours,”",
      "Owen Pratt", "he"),
    D("“I’ve been doing this for 26 years. I have seen that maybe three "
      "times.”", "Owen Pratt", "he"),
    D("“Our priority is life safety. Structures come second.”",
      "Owen Pratt", "he", note=STANDALONE),
    I("at least 40 homes had been destroyed", "Owen Pratt", "He"),
    I("the number would rise once crews could reach the upper part of town",
      "Owen Pratt", "He"),
    D("“People keep asking me if I’m O.K.,”", "Tom Reilly", "Mr. Reilly"),
    D("“I don’t know yet. Ask me when I’ve seen the street.”", "Tom Reilly",
      "Mr. Reilly"),
    I("no deaths or serious injuries had been reported", "Diane Holloway",
      "Sheriff Diane Holloway",
      note="'urged residents ... to leave' is an infinitive, no span"),
    D("“If you are still up there, go now,”", "Diane Holloway", "she"),
    D("“Do not wait for a knock on the door. We may not be able to reach "
      "you.”", "Diane Holloway", "she"),
    I("it had cut electricity to 12,000 customers as a precaution",
      "Pacific Valley Power", "Pacific Valley Power"),
    I("the state had requested federal help", "Leah Brennan",
      "Gov. Leah Brennan"),
    D("“Pine Hollow is going to come back,”", "Leah Brennan", "she"),
    D("“I promise you that.”", "Leah Brennan", "she"),
    I("she was trying to stay hopeful", "Rosa Alvarez", "Mrs. Alvarez"),
    D("“The dogs are fine. We’re fine,”", "Rosa Alvarez", "she"),
    D("“Everything else is just stuff.”", "Rosa Alvarez", "she"),
])


# --------------------------------------------------------------------------
# dev-16: curly double quotes, American punctuation; hard attribution cases:
# "the union, which said …", "X, who …, said", "spoke on condition of
# anonymity", "quoted X as saying", "was quoted by the Courier as saying",
# "Asked by a reporter …, he said", "Asked about …, X said", groups and
# organisations as subjects

SPLIT = "second part of a quote split by its attribution"

spec("dev-16-port-strike-talks", [
    S("dockworkers’ union", "organisation", "union of Brennmouth's dockers",
      ["The dockworkers’ union"]),
    S("Gareth Molloy", "person", "chairs the union's negotiating committee",
      ["Gareth Molloy", "Mr. Molloy", "Molloy"]),
    S("Harbourline", "organisation", "company that runs the port",
      ["Harbourline"]),
    S("unnamed Harbourline manager", "person",
      "senior manager at Harbourline, spoke on condition of anonymity",
      ["A senior manager at the company"]),
    S("Ilse Varnholt", "person", "transport minister",
      ["Transport Minister Ilse Varnholt", "Ms. Varnholt", "Varnholt"]),
    S("shop owners on Quay Street", "group", "shop owners",
      ["Shop owners on Quay Street"]),
    S("residents of the Old Dock estate", "group", "residents beside the yard",
      ["Residents of the Old Dock estate"]),
    S("school district", "organisation", "school district",
      ["The school district"]),
    S("unnamed lorry driver", "person", "lorry driver who asked not to be "
      "named", ["One lorry driver"]),
    S("Priya Anand", "person", "runs a freight agency near the port",
      ["Priya Anand", "Ms. Anand", "Anand"]),
], [
    I("a deal was close", "dockworkers’ union", "The dockworkers’ union"),
    I("the port operator had “walked away from the table.”", "Gareth Molloy",
      "Gareth Molloy"),
    P("“walked away from the table.”", "Gareth Molloy", "Gareth Molloy"),
    I("members would vote on the strike on Friday", "Gareth Molloy", "He"),
    D("“We have been patient for eleven months,”", "Gareth Molloy",
      "Mr. Molloy"),
    D("“Patience has run out.”", "Gareth Molloy", "Mr. Molloy", note=SPLIT),
    I("its offer of 4 percent was “fair and final.”", "Harbourline",
      "Harbourline"),
    P("“fair and final.”", "Harbourline", "Harbourline"),
    I("the union had rejected two earlier offers without putting them to a "
      "vote", "unnamed Harbourline manager", "A senior manager at the company"),
    I("no decision had been made", "unnamed Harbourline manager", "he",
      note="the reporter who asked is not the speaker"),
    I("the government would not intervene at this stage", "Ilse Varnholt",
      "Transport Minister Ilse Varnholt"),
    I("both sides “need to find a way back.”", "Ilse Varnholt",
      "Ms. Varnholt"),
    P("“need to find a way back.”", "Ilse Varnholt", "Ms. Varnholt"),
    I("takings had fallen by a third", "shop owners on Quay Street",
      "Shop owners on Quay Street"),
    I("the idle cranes had given them the quietest nights in years",
      "residents of the Old Dock estate", "Residents of the Old Dock estate"),
    I("buses serving the port area would run as normal", "school district",
      "The school district"),
    I("hauliers would start sending freight to other ports",
      "unnamed lorry driver", "One lorry driver"),
    D("“Every day the gates stay shut, we lose customers we may never get "
      "back,”", "Priya Anand", "Priya Anand"),
    I("she hoped the two sides would settle before Friday", "Priya Anand",
      "Ms. Anand"),
    D("“Nobody wins a long strike,”", "Priya Anand", "she"),
])


# --------------------------------------------------------------------------
# dev-17: curly single quotes, British punctuation (‘…’.); "the board,
# which said …", "many of whom …", "who asked not to be named because …",
# "quoted the minister, X, as saying", "Asked by a board member …, he
# said", group and organisation subjects

spec("dev-17-maternity-merger", [
    S("Westvale health board", "organisation", "health board",
      ["the Westvale health board", "The health board"]),
    S("Rowan Ferris", "person", "chief executive of the health board",
      ["Dr Rowan Ferris", "Dr Ferris", "Ferris"]),
    S("midwives at Carrick General", "group", "midwives",
      ["Midwives at Carrick General"]),
    S("Royal College of Midwives", "organisation", "midwives' union",
      ["The Royal College of Midwives"]),
    S("unnamed midwife", "person", "midwife who asked not to be named",
      ["One midwife"]),
    S("Westvale Patients Forum", "organisation", "patient group",
      ["The Westvale Patients Forum"]),
    S("parents from Carrick", "group", "parents", ["Parents from Carrick"]),
    S("Helen Strachan", "person", "local MP",
      ["Helen Strachan", "Ms Strachan", "Strachan"]),
    S("Alan Pryce", "person", "health minister", ["Alan Pryce"]),
    S("ambulance service", "organisation", "ambulance service",
      ["The ambulance service"]),
], [
    I("no decision would be taken before the summer", "Westvale health board",
      "The health board"),
    I("the merger would ‘save lives, not money’", "Rowan Ferris",
      "Dr Rowan Ferris"),
    P("‘save lives, not money’", "Rowan Ferris", "Dr Rowan Ferris"),
    I("the ambulance service had been consulted", "Rowan Ferris", "he",
      note="the board member who asked is not the speaker"),
    D("‘The evidence is clear,’", "Rowan Ferris", "Dr Ferris"),
    D("‘Bigger units are safer units.’", "Rowan Ferris", "Dr Ferris",
      note=SPLIT),
    I("they had not been asked for their views", "midwives at Carrick General",
      "Midwives at Carrick General"),
    I("it would consider a legal challenge", "Royal College of Midwives",
      "The Royal College of Midwives"),
    I("the plan had been ‘decided long before anyone asked us’",
      "unnamed midwife", "One midwife"),
    P("‘decided long before anyone asked us’", "unnamed midwife",
      "One midwife"),
    I("the nearest unit for some families would now be 40 miles away",
      "Westvale Patients Forum", "The Westvale Patients Forum"),
    I("the road over the hills was often closed in winter",
      "parents from Carrick", "Parents from Carrick"),
    I("she would raise the decision in Parliament", "Helen Strachan",
      "Helen Strachan"),
    I("the merger was ‘a matter for the board’", "Alan Pryce", "Alan Pryce"),
    P("‘a matter for the board’", "Alan Pryce", "Alan Pryce"),
    I("the board had ‘ignored every objection’", "Helen Strachan",
      "Ms Strachan"),
    P("‘ignored every objection’", "Helen Strachan", "Ms Strachan"),
    D("‘This is not the end of it,’", "Helen Strachan", "she"),
    I("it would add two crews to cover the Carrick area", "ambulance service",
      "The ambulance service"),
])


# --------------------------------------------------------------------------
# The sample article opened by build-aux/run. Its text lives in
# data/samples/city-council-budget.txt, its gold here.

spec("city-council-budget", [
    S("Ana Delgado", "person", "councilwoman representing the east side",
      ["Councilwoman Ana Delgado", "Ms. Delgado"]),
    S("Gerald Fontaine", "person", "Mayor of Riverton",
      ["Mayor Gerald Fontaine"]),
    S("Harold Brandt", "person", "Council President",
      ["Council President Harold Brandt", "Mr. Brandt"]),
    S("Denise Marlowe", "person", "police chief",
      ["Chief Denise Marlowe"]),
    S("Riverton finance department", "organisation",
      "the city's finance department",
      ["the city’s finance department"]),
    S("unnamed finance department official", "person",
      "senior official in the finance department, not authorized to speak",
      ["A senior official in the department"]),
    S("Riverton Municipal Employees Union", "organisation",
      "city workers' union", ["The Riverton Municipal Employees Union"]),
    S("Carl Jennings", "person",
      "president of the Riverton Municipal Employees Union",
      ["Carl Jennings", "The union’s president"]),
    S("Victor Osei", "person", "councilman who voted against the budget",
      ["Councilman Victor Osei"]),
    S("Maureen Tate", "person", "retired teacher, library user",
      ["Maureen Tate"]),
], [
    P("“a hole the size of a bus”", "Ana Delgado",
      "Councilwoman Ana Delgado",
      note="'what X called ...': complement, partial only"),
    I("the vote showed the council could “put the city ahead of politics.”",
      "Gerald Fontaine", "Mayor Gerald Fontaine"),
    P("“put the city ahead of politics.”", "Gerald Fontaine",
      "Mayor Gerald Fontaine"),
    D("“This is not the budget anyone would write on their own,”",
      "Gerald Fontaine", "he"),
    D("“but it is the budget seven people could agree on, and in this "
      "building that counts as a miracle.”", "Gerald Fontaine", "he",
      note="second part of a quote split by its attribution"),
    P("“a tax on the kids who have nowhere else to go”", "Ana Delgado",
      "Ms. Delgado", note="'called that proposal ...': complement, partial "
                          "only"),
    D("“When you close a library, you don’t save money. You move the cost "
      "somewhere else — to the police, to the emergency room, to the next "
      "generation,”", "Ana Delgado", "Ms. Delgado"),
    I("the $2.3 million needed would come from the city’s consulting budget",
      "Ana Delgado", "Ms. Delgado",
      note="the relative clause 'which she described as ...' is left out"),
    P("“padded.”", "Ana Delgado", "she"),
    I("the city was “borrowing from next year to pay for this one.”",
      "Harold Brandt", "Council President Harold Brandt"),
    P("“borrowing from next year to pay for this one.”", "Harold Brandt",
      "Council President Harold Brandt"),
    I("he supported the libraries but not “budgeting by applause.”",
      "Harold Brandt", "He"),
    P("“budgeting by applause.”", "Harold Brandt", "He"),
    D("“I have been on this council for 14 years,”", "Harold Brandt",
      "Mr. Brandt"),
    D("“Every year we find a way to avoid the hard choices, and every year "
      "the bill gets bigger.\n\n“At some point, somebody has to say no. "
      "Tonight, that was me.”", "Harold Brandt", "Mr. Brandt", note=MULTI),
    I("overtime costs had risen 18 percent because of staff shortages and "
      "that the department had 46 vacant officer positions", "Denise Marlowe",
      "Chief Denise Marlowe"),
    I("the pension plan is 61 percent funded, down from 68 percent five "
      "years ago", "Riverton finance department",
      "the city’s finance department"),
    I("the council would have to “face the pension problem next year "
      "whether it likes it or not.”", "unnamed finance department official",
      "A senior official in the department"),
    P("“face the pension problem next year whether it likes it or not.”",
      "unnamed finance department official",
      "A senior official in the department"),
    SCARE("“efficiency dividend,”"),
    I("the raise was “a start, not a settlement,” and that it would return "
      "to the bargaining table in the fall",
      "Riverton Municipal Employees Union",
      "The Riverton Municipal Employees Union"),
    P("“a start, not a settlement,”", "Riverton Municipal Employees Union",
      "The Riverton Municipal Employees Union"),
    D("“Our members have heard ‘next year’ for five years running. We’ll "
      "believe it when we see it.”", "Carl Jennings", "Carl Jennings"),
    D("“This budget papers over the pension gap and hopes nobody notices,”",
      "Victor Osei", "Councilman Victor Osei"),
    I("she had used the Eastside branch “every Monday for 30 years.”",
      "Maureen Tate", "Maureen Tate"),
    P("“every Monday for 30 years.”", "Maureen Tate", "Maureen Tate"),
    D("“Thank you for listening,”", "Maureen Tate", "she"),
    D("“For once.”", "Maureen Tate", "she"),
], article="data/samples/city-council-budget.txt")


# --------------------------------------------------------------------------
# Building and validation


if __name__ == "__main__":
    sys.exit(run(HERE, ROOT, SOURCE, length_range=(1500, 4000), length_prefix="dev-"))
