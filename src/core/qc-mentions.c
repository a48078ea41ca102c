/* qc-mentions.c: candidate speakers (names, organisations, nominals, pronouns)
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-mentions"

#include <string.h>

#include "qc-mentions-private.h"
#include "qc-quote-scanner.h"
#include "qc-text-private.h"

/* The writer's text is cut into word tokens one sentence at a time (quotes
 * are skipped: names inside quotes are not speakers); short phrases of
 * tokens become mentions:
 *
 *   [determiner] [modifiers, capitalised words] [role noun [of X]] [Name]
 *
 * "Norwegian Prime Minister Elena Marsh" is a name with a title,
 * "a Blue Harbour spokeswoman" a nominal, "the Transport Ministry" an
 * organisation, "officials in Lisbon" a group. A second pass links the
 * mentions of one entity ("Ms. Marsh" to "Prime Minister Elena
 * Marsh") through a table keyed by last name, with one allocation per
 * distinct entity, never per word. */

#define L_FUNC      QC_LEX_FUNC
#define L_START     QC_LEX_START
#define L_DET       QC_LEX_DET
#define L_HONORIFIC QC_LEX_HONORIFIC
#define L_ROLE      QC_LEX_ROLE
#define L_ORG       QC_LEX_ORG
#define L_ORGCAP    QC_LEX_ORGCAP
#define L_GROUP     QC_LEX_GROUP
#define L_MOD       QC_LEX_MOD
#define L_PARTICLE  QC_LEX_PARTICLE
#define L_PRONOUN   QC_LEX_PRONOUN
#define L_POSSPRON  QC_LEX_POSSPRON
#define L_SPEECH    QC_LEX_SPEECH
#define L_AUX       QC_LEX_AUX
#define L_SNOUN     QC_LEX_SNOUN
#define L_FIRST     QC_LEX_FIRST
#define L_PLACE     QC_LEX_PLACE
#define L_OBJECT    QC_LEX_OBJECT
#define L_COMPL     QC_LEX_COMPL

/* sorted by word (strcmp order), lower case */
static const QcLexEntry lexicon[] = {
  { "a", L_DET | L_FUNC, QC_GENDER_UNKNOWN },
  { "aaron", L_FIRST, QC_GENDER_MALE },
  { "abigail", L_FIRST, QC_GENDER_FEMALE },
  { "about", L_FUNC, QC_GENDER_UNKNOWN },
  { "according", L_START, QC_GENDER_UNKNOWN },
  { "accountant", L_ROLE, QC_GENDER_UNKNOWN },
  { "accusation", L_SNOUN, QC_GENDER_UNKNOWN },
  { "accusations", L_SNOUN, QC_GENDER_UNKNOWN },
  { "accuse", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "accused", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "accuses", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "accusing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "acknowledge", L_SPEECH, QC_GENDER_UNKNOWN },
  { "acknowledged", L_SPEECH, QC_GENDER_UNKNOWN },
  { "acknowledges", L_SPEECH, QC_GENDER_UNKNOWN },
  { "acknowledging", L_SPEECH, QC_GENDER_UNKNOWN },
  { "across", L_FUNC, QC_GENDER_UNKNOWN },
  { "acting", L_MOD, QC_GENDER_UNKNOWN },
  { "activist", L_ROLE, QC_GENDER_UNKNOWN },
  { "activists", L_GROUP, QC_GENDER_PLURAL },
  { "actor", L_ROLE, QC_GENDER_UNKNOWN },
  { "actress", L_ROLE, QC_GENDER_FEMALE },
  { "adam", L_FIRST, QC_GENDER_MALE },
  { "add", L_SPEECH, QC_GENDER_UNKNOWN },
  { "added", L_SPEECH, QC_GENDER_UNKNOWN },
  { "adding", L_SPEECH, QC_GENDER_UNKNOWN },
  { "adds", L_SPEECH, QC_GENDER_UNKNOWN },
  { "administration", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "administrator", L_ROLE, QC_GENDER_UNKNOWN },
  { "admiral", L_ROLE, QC_GENDER_UNKNOWN },
  { "admit", L_SPEECH, QC_GENDER_UNKNOWN },
  { "admits", L_SPEECH, QC_GENDER_UNKNOWN },
  { "admitted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "admitting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "adrian", L_FIRST, QC_GENDER_MALE },
  { "adviser", L_ROLE, QC_GENDER_UNKNOWN },
  { "advisor", L_ROLE, QC_GENDER_UNKNOWN },
  { "advocates", L_GROUP, QC_GENDER_PLURAL },
  { "after", L_FUNC, QC_GENDER_UNKNOWN },
  { "again", L_AUX, QC_GENDER_UNKNOWN },
  { "against", L_FUNC, QC_GENDER_UNKNOWN },
  { "agency", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "agree", L_SPEECH, QC_GENDER_UNKNOWN },
  { "agreed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "agrees", L_SPEECH, QC_GENDER_UNKNOWN },
  { "ah", L_START, QC_GENDER_UNKNOWN },
  { "aide", L_ROLE, QC_GENDER_UNKNOWN },
  { "aides", L_GROUP, QC_GENDER_PLURAL },
  { "airline", L_ORG, QC_GENDER_NEUTER },
  { "airport", L_PLACE, QC_GENDER_UNKNOWN },
  { "al", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "alan", L_FIRST, QC_GENDER_MALE },
  { "albert", L_FIRST, QC_GENDER_MALE },
  { "alex", L_FIRST, QC_GENDER_MALE },
  { "alexander", L_FIRST, QC_GENDER_MALE },
  { "alfred", L_FIRST, QC_GENDER_MALE },
  { "alice", L_FIRST, QC_GENDER_FEMALE },
  { "alicia", L_FIRST, QC_GENDER_FEMALE },
  { "alison", L_FIRST, QC_GENDER_FEMALE },
  { "all", L_FUNC, QC_GENDER_UNKNOWN },
  { "allegation", L_SNOUN, QC_GENDER_UNKNOWN },
  { "allegations", L_SNOUN, QC_GENDER_UNKNOWN },
  { "allege", L_SPEECH, QC_GENDER_UNKNOWN },
  { "alleged", L_SPEECH, QC_GENDER_UNKNOWN },
  { "alleges", L_SPEECH, QC_GENDER_UNKNOWN },
  { "alleging", L_SPEECH, QC_GENDER_UNKNOWN },
  { "alliance", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "allies", L_GROUP, QC_GENDER_PLURAL },
  { "already", L_AUX, QC_GENDER_UNKNOWN },
  { "also", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "although", L_FUNC, QC_GENDER_UNKNOWN },
  { "amanda", L_FIRST, QC_GENDER_FEMALE },
  { "ambassador", L_ROLE, QC_GENDER_UNKNOWN },
  { "among", L_FUNC, QC_GENDER_UNKNOWN },
  { "amy", L_FIRST, QC_GENDER_FEMALE },
  { "an", L_DET | L_FUNC, QC_GENDER_UNKNOWN },
  { "analyst", L_ROLE, QC_GENDER_UNKNOWN },
  { "analysts", L_GROUP, QC_GENDER_PLURAL },
  { "anchor", L_ROLE, QC_GENDER_UNKNOWN },
  { "and", L_FUNC, QC_GENDER_UNKNOWN },
  { "andrea", L_FIRST, QC_GENDER_FEMALE },
  { "andrei", L_FIRST, QC_GENDER_MALE },
  { "andrew", L_FIRST, QC_GENDER_MALE },
  { "andy", L_FIRST, QC_GENDER_MALE },
  { "angela", L_FIRST, QC_GENDER_FEMALE },
  { "angrily", L_AUX, QC_GENDER_UNKNOWN },
  { "angus", L_FIRST, QC_GENDER_MALE },
  { "ann", L_FIRST, QC_GENDER_FEMALE },
  { "anna", L_FIRST, QC_GENDER_FEMALE },
  { "anne", L_FIRST, QC_GENDER_FEMALE },
  { "annie", L_FIRST, QC_GENDER_FEMALE },
  { "announce", L_SPEECH, QC_GENDER_UNKNOWN },
  { "announced", L_SPEECH, QC_GENDER_UNKNOWN },
  { "announcement", L_SNOUN, QC_GENDER_UNKNOWN },
  { "announces", L_SPEECH, QC_GENDER_UNKNOWN },
  { "announcing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "anonymous", L_MOD, QC_GENDER_UNKNOWN },
  { "another", L_DET | L_START, QC_GENDER_UNKNOWN },
  { "answer", L_OBJECT | L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "answered", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "answering", L_SPEECH, QC_GENDER_UNKNOWN },
  { "answers", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "anthony", L_FIRST, QC_GENDER_MALE },
  { "antony", L_FIRST, QC_GENDER_MALE },
  { "any", L_DET | L_FUNC, QC_GENDER_UNKNOWN },
  { "april", L_START, QC_GENDER_UNKNOWN },
  { "archbishop", L_ROLE, QC_GENDER_MALE },
  { "are", L_FUNC, QC_GENDER_UNKNOWN },
  { "argue", L_SPEECH, QC_GENDER_UNKNOWN },
  { "argued", L_SPEECH, QC_GENDER_UNKNOWN },
  { "argues", L_SPEECH, QC_GENDER_UNKNOWN },
  { "arguing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "argument", L_SNOUN, QC_GENDER_UNKNOWN },
  { "army", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "arthur", L_FIRST, QC_GENDER_MALE },
  { "as", L_FUNC, QC_GENDER_UNKNOWN },
  { "ask", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "asked", L_OBJECT | L_SPEECH | L_START, QC_GENDER_UNKNOWN },
  { "asking", L_SPEECH, QC_GENDER_UNKNOWN },
  { "asks", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "assembly", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "assert", L_SPEECH, QC_GENDER_UNKNOWN },
  { "asserted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "assertion", L_SNOUN, QC_GENDER_UNKNOWN },
  { "asserts", L_SPEECH, QC_GENDER_UNKNOWN },
  { "assistant", L_MOD, QC_GENDER_UNKNOWN },
  { "association", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "at", L_COMPL | L_FUNC, QC_GENDER_UNKNOWN },
  { "attack", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "attacked", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "attacking", L_SPEECH, QC_GENDER_UNKNOWN },
  { "attacks", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "attorney", L_ROLE, QC_GENDER_UNKNOWN },
  { "auditor", L_ROLE, QC_GENDER_UNKNOWN },
  { "august", L_START, QC_GENDER_UNKNOWN },
  { "author", L_ROLE, QC_GENDER_UNKNOWN },
  { "authorities", L_GROUP, QC_GENDER_PLURAL },
  { "authority", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "avenue", L_PLACE, QC_GENDER_UNKNOWN },
  { "backers", L_GROUP, QC_GENDER_PLURAL },
  { "bank", L_ORG | L_ORGCAP, QC_GENDER_UNKNOWN },
  { "barack", L_FIRST, QC_GENDER_MALE },
  { "barbara", L_FIRST, QC_GENDER_FEMALE },
  { "baron", L_ROLE, QC_GENDER_MALE },
  { "baroness", L_ROLE, QC_GENDER_FEMALE },
  { "barrister", L_ROLE, QC_GENDER_UNKNOWN },
  { "barry", L_FIRST, QC_GENDER_MALE },
  { "bay", L_PLACE, QC_GENDER_UNKNOWN },
  { "be", L_FUNC, QC_GENDER_UNKNOWN },
  { "beach", L_PLACE, QC_GENDER_UNKNOWN },
  { "because", L_FUNC, QC_GENDER_UNKNOWN },
  { "beekeeper", L_ROLE, QC_GENDER_UNKNOWN },
  { "beekeepers", L_GROUP, QC_GENDER_PLURAL },
  { "been", L_FUNC, QC_GENDER_UNKNOWN },
  { "before", L_FUNC, QC_GENDER_UNKNOWN },
  { "began", L_SPEECH, QC_GENDER_UNKNOWN },
  { "begin", L_SPEECH, QC_GENDER_UNKNOWN },
  { "begins", L_SPEECH, QC_GENDER_UNKNOWN },
  { "behind", L_FUNC, QC_GENDER_UNKNOWN },
  { "being", L_FUNC, QC_GENDER_UNKNOWN },
  { "ben", L_FIRST, QC_GENDER_MALE },
  { "benjamin", L_FIRST, QC_GENDER_MALE },
  { "bernard", L_FIRST, QC_GENDER_MALE },
  { "bernie", L_FIRST, QC_GENDER_MALE },
  { "beth", L_FIRST, QC_GENDER_FEMALE },
  { "betty", L_FIRST, QC_GENDER_FEMALE },
  { "between", L_FUNC, QC_GENDER_UNKNOWN },
  { "beyond", L_FUNC, QC_GENDER_UNKNOWN },
  { "bill", L_FIRST, QC_GENDER_MALE },
  { "billionaire", L_ROLE, QC_GENDER_UNKNOWN },
  { "billy", L_FIRST, QC_GENDER_MALE },
  { "bin", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "bint", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "bishop", L_ROLE, QC_GENDER_MALE },
  { "blast", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "blasted", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "blasting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "blasts", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "bluntly", L_AUX, QC_GENDER_UNKNOWN },
  { "board", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "boast", L_SPEECH, QC_GENDER_UNKNOWN },
  { "boasted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "boasting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "boasts", L_SPEECH, QC_GENDER_UNKNOWN },
  { "bob", L_FIRST, QC_GENDER_MALE },
  { "bobby", L_FIRST, QC_GENDER_MALE },
  { "book", L_START, QC_GENDER_UNKNOWN },
  { "bookmaker", L_ORG, QC_GENDER_UNKNOWN },
  { "bookmakers", L_GROUP, QC_GENDER_PLURAL },
  { "boris", L_FIRST, QC_GENDER_MALE },
  { "boss", L_ROLE, QC_GENDER_UNKNOWN },
  { "bosses", L_GROUP, QC_GENDER_PLURAL },
  { "both", L_FUNC, QC_GENDER_UNKNOWN },
  { "brad", L_FIRST, QC_GENDER_MALE },
  { "brenda", L_FIRST, QC_GENDER_FEMALE },
  { "brendan", L_FIRST, QC_GENDER_MALE },
  { "brian", L_FIRST, QC_GENDER_MALE },
  { "brigade", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "broadcaster", L_ORG, QC_GENDER_UNKNOWN },
  { "bruce", L_FIRST, QC_GENDER_MALE },
  { "bureau", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "business", L_MOD, QC_GENDER_UNKNOWN },
  { "businessman", L_ROLE, QC_GENDER_MALE },
  { "businesswoman", L_ROLE, QC_GENDER_FEMALE },
  { "but", L_FUNC, QC_GENDER_UNKNOWN },
  { "by", L_FUNC, QC_GENDER_UNKNOWN },
  { "cabinet", L_ORG, QC_GENDER_NEUTER },
  { "call", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "called", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "calling", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "calls", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "calmly", L_AUX, QC_GENDER_UNKNOWN },
  { "campaign", L_MOD | L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "campaigner", L_ROLE, QC_GENDER_UNKNOWN },
  { "campaigners", L_GROUP, QC_GENDER_PLURAL },
  { "can", L_FUNC, QC_GENDER_UNKNOWN },
  { "candidate", L_ROLE, QC_GENDER_UNKNOWN },
  { "capitol", L_PLACE, QC_GENDER_UNKNOWN },
  { "captain", L_ROLE, QC_GENDER_UNKNOWN },
  { "cardinal", L_ROLE, QC_GENDER_MALE },
  { "carl", L_FIRST, QC_GENDER_MALE },
  { "carol", L_FIRST, QC_GENDER_FEMALE },
  { "caroline", L_FIRST, QC_GENDER_FEMALE },
  { "catherine", L_FIRST, QC_GENDER_FEMALE },
  { "center", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "centre", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "ceo", L_ROLE, QC_GENDER_UNKNOWN },
  { "cfo", L_ROLE, QC_GENDER_UNKNOWN },
  { "chair", L_ROLE, QC_GENDER_UNKNOWN },
  { "chairman", L_ROLE, QC_GENDER_MALE },
  { "chairperson", L_ROLE, QC_GENDER_UNKNOWN },
  { "chairwoman", L_ROLE, QC_GENDER_FEMALE },
  { "chancellor", L_ROLE, QC_GENDER_UNKNOWN },
  { "channel", L_ORG, QC_GENDER_UNKNOWN },
  { "chaplain", L_ROLE, QC_GENDER_UNKNOWN },
  { "chapter", L_START, QC_GENDER_UNKNOWN },
  { "charge", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "charged", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "charges", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "charity", L_ORG, QC_GENDER_UNKNOWN },
  { "charles", L_FIRST, QC_GENDER_MALE },
  { "charlie", L_FIRST, QC_GENDER_MALE },
  { "charlotte", L_FIRST, QC_GENDER_FEMALE },
  { "cheerfully", L_AUX, QC_GENDER_UNKNOWN },
  { "cheryl", L_FIRST, QC_GENDER_FEMALE },
  { "chief", L_MOD | L_ROLE, QC_GENDER_UNKNOWN },
  { "chris", L_FIRST, QC_GENDER_MALE },
  { "christine", L_FIRST, QC_GENDER_FEMALE },
  { "christopher", L_FIRST, QC_GENDER_MALE },
  { "chronicle", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "church", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "citizens", L_GROUP, QC_GENDER_PLURAL },
  { "city", L_PLACE, QC_GENDER_UNKNOWN },
  { "claim", L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "claimed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "claiming", L_SPEECH, QC_GENDER_UNKNOWN },
  { "claims", L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "claire", L_FIRST, QC_GENDER_FEMALE },
  { "clare", L_FIRST, QC_GENDER_FEMALE },
  { "clerk", L_ROLE, QC_GENDER_UNKNOWN },
  { "climber", L_ROLE, QC_GENDER_UNKNOWN },
  { "club", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "co", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "co-chairman", L_MOD, QC_GENDER_UNKNOWN },
  { "coach", L_ROLE, QC_GENDER_UNKNOWN },
  { "coaches", L_GROUP, QC_GENDER_PLURAL },
  { "coalition", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "coast", L_PLACE, QC_GENDER_UNKNOWN },
  { "coldly", L_AUX, QC_GENDER_UNKNOWN },
  { "colin", L_FIRST, QC_GENDER_MALE },
  { "college", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "colonel", L_ROLE, QC_GENDER_UNKNOWN },
  { "columnist", L_ROLE, QC_GENDER_UNKNOWN },
  { "comedian", L_ROLE, QC_GENDER_UNKNOWN },
  { "comedienne", L_ROLE, QC_GENDER_FEMALE },
  { "command", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "commander", L_ROLE, QC_GENDER_UNKNOWN },
  { "comment", L_SNOUN, QC_GENDER_UNKNOWN },
  { "commentator", L_ROLE, QC_GENDER_UNKNOWN },
  { "commentators", L_GROUP, QC_GENDER_PLURAL },
  { "comments", L_SNOUN, QC_GENDER_UNKNOWN },
  { "commission", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "commissioner", L_ROLE, QC_GENDER_UNKNOWN },
  { "committee", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "communications", L_MOD, QC_GENDER_UNKNOWN },
  { "commuters", L_GROUP, QC_GENDER_PLURAL },
  { "company", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "complain", L_SPEECH, QC_GENDER_UNKNOWN },
  { "complained", L_SPEECH, QC_GENDER_UNKNOWN },
  { "complaining", L_SPEECH, QC_GENDER_UNKNOWN },
  { "complains", L_SPEECH, QC_GENDER_UNKNOWN },
  { "complaint", L_SNOUN, QC_GENDER_UNKNOWN },
  { "complaints", L_SNOUN, QC_GENDER_UNKNOWN },
  { "concede", L_SPEECH, QC_GENDER_UNKNOWN },
  { "conceded", L_SPEECH, QC_GENDER_UNKNOWN },
  { "concedes", L_SPEECH, QC_GENDER_UNKNOWN },
  { "conceding", L_SPEECH, QC_GENDER_UNKNOWN },
  { "conclude", L_SPEECH, QC_GENDER_UNKNOWN },
  { "concluded", L_SPEECH, QC_GENDER_UNKNOWN },
  { "concludes", L_SPEECH, QC_GENDER_UNKNOWN },
  { "concluding", L_SPEECH, QC_GENDER_UNKNOWN },
  { "condemn", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "condemned", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "condemning", L_SPEECH, QC_GENDER_UNKNOWN },
  { "condemns", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "confirm", L_SPEECH, QC_GENDER_UNKNOWN },
  { "confirmed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "confirming", L_SPEECH, QC_GENDER_UNKNOWN },
  { "confirms", L_SPEECH, QC_GENDER_UNKNOWN },
  { "congress", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "congressman", L_ROLE, QC_GENDER_MALE },
  { "congresswoman", L_ROLE, QC_GENDER_FEMALE },
  { "conservative", L_MOD, QC_GENDER_UNKNOWN },
  { "conservatives", L_GROUP, QC_GENDER_PLURAL },
  { "constable", L_ROLE, QC_GENDER_UNKNOWN },
  { "contend", L_SPEECH, QC_GENDER_UNKNOWN },
  { "contended", L_SPEECH, QC_GENDER_UNKNOWN },
  { "contending", L_SPEECH, QC_GENDER_UNKNOWN },
  { "contends", L_SPEECH, QC_GENDER_UNKNOWN },
  { "contention", L_SNOUN, QC_GENDER_UNKNOWN },
  { "continue", L_SPEECH, QC_GENDER_UNKNOWN },
  { "continued", L_SPEECH, QC_GENDER_UNKNOWN },
  { "continues", L_SPEECH, QC_GENDER_UNKNOWN },
  { "coo", L_ROLE, QC_GENDER_UNKNOWN },
  { "coordinator", L_ROLE, QC_GENDER_UNKNOWN },
  { "corp", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "corporation", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "correspondent", L_ROLE, QC_GENDER_UNKNOWN },
  { "could", L_FUNC, QC_GENDER_UNKNOWN },
  { "council", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "councillor", L_ROLE, QC_GENDER_UNKNOWN },
  { "councillors", L_GROUP, QC_GENDER_PLURAL },
  { "councilman", L_ROLE, QC_GENDER_MALE },
  { "councilor", L_ROLE, QC_GENDER_UNKNOWN },
  { "councilors", L_GROUP, QC_GENDER_PLURAL },
  { "councilwoman", L_ROLE, QC_GENDER_FEMALE },
  { "counsel", L_ROLE, QC_GENDER_UNKNOWN },
  { "count", L_ROLE, QC_GENDER_UNKNOWN },
  { "counter", L_SPEECH, QC_GENDER_UNKNOWN },
  { "countered", L_SPEECH, QC_GENDER_UNKNOWN },
  { "counters", L_SPEECH, QC_GENDER_UNKNOWN },
  { "countess", L_ROLE, QC_GENDER_FEMALE },
  { "county", L_PLACE, QC_GENDER_UNKNOWN },
  { "court", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "craig", L_FIRST, QC_GENDER_MALE },
  { "cried", L_SPEECH, QC_GENDER_UNKNOWN },
  { "cries", L_SPEECH, QC_GENDER_UNKNOWN },
  { "critic", L_ROLE, QC_GENDER_UNKNOWN },
  { "criticise", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "criticised", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "criticises", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "criticising", L_SPEECH, QC_GENDER_UNKNOWN },
  { "criticism", L_SNOUN, QC_GENDER_UNKNOWN },
  { "criticize", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "criticized", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "criticizes", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "criticizing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "critics", L_GROUP, QC_GENDER_PLURAL },
  { "cry", L_SPEECH, QC_GENDER_UNKNOWN },
  { "culture", L_MOD, QC_GENDER_UNKNOWN },
  { "curtly", L_AUX, QC_GENDER_UNKNOWN },
  { "customers", L_GROUP, QC_GENDER_PLURAL },
  { "da", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "dame", L_HONORIFIC, QC_GENDER_FEMALE },
  { "dan", L_FIRST, QC_GENDER_MALE },
  { "daniel", L_FIRST, QC_GENDER_MALE },
  { "danny", L_FIRST, QC_GENDER_MALE },
  { "das", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "dave", L_FIRST, QC_GENDER_MALE },
  { "david", L_FIRST, QC_GENDER_MALE },
  { "de", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "dean", L_FIRST, QC_GENDER_MALE },
  { "dear", L_START, QC_GENDER_UNKNOWN },
  { "deborah", L_FIRST, QC_GENDER_FEMALE },
  { "december", L_START, QC_GENDER_UNKNOWN },
  { "declare", L_SPEECH, QC_GENDER_UNKNOWN },
  { "declared", L_SPEECH, QC_GENDER_UNKNOWN },
  { "declares", L_SPEECH, QC_GENDER_UNKNOWN },
  { "declaring", L_SPEECH, QC_GENDER_UNKNOWN },
  { "defence", L_MOD, QC_GENDER_UNKNOWN },
  { "defendant", L_ROLE, QC_GENDER_UNKNOWN },
  { "defense", L_MOD, QC_GENDER_UNKNOWN },
  { "del", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "delegates", L_GROUP, QC_GENDER_PLURAL },
  { "delegation", L_ORG, QC_GENDER_UNKNOWN },
  { "della", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "demand", L_SPEECH, QC_GENDER_UNKNOWN },
  { "demanded", L_SPEECH, QC_GENDER_UNKNOWN },
  { "demanding", L_SPEECH, QC_GENDER_UNKNOWN },
  { "demands", L_SPEECH, QC_GENDER_UNKNOWN },
  { "democratic", L_MOD, QC_GENDER_UNKNOWN },
  { "democrats", L_GROUP, QC_GENDER_PLURAL },
  { "demonstrators", L_GROUP, QC_GENDER_PLURAL },
  { "den", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "denied", L_SPEECH, QC_GENDER_UNKNOWN },
  { "denies", L_SPEECH, QC_GENDER_UNKNOWN },
  { "dennis", L_FIRST, QC_GENDER_MALE },
  { "deny", L_SPEECH, QC_GENDER_UNKNOWN },
  { "denying", L_SPEECH, QC_GENDER_UNKNOWN },
  { "department", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "deputy", L_MOD | L_ROLE, QC_GENDER_UNKNOWN },
  { "der", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "derek", L_FIRST, QC_GENDER_MALE },
  { "describe", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "described", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "describes", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "describing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "description", L_SNOUN, QC_GENDER_UNKNOWN },
  { "despite", L_START, QC_GENDER_UNKNOWN },
  { "detective", L_ROLE, QC_GENDER_UNKNOWN },
  { "developer", L_ROLE, QC_GENDER_UNKNOWN },
  { "di", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "diana", L_FIRST, QC_GENDER_FEMALE },
  { "diane", L_FIRST, QC_GENDER_FEMALE },
  { "dick", L_FIRST, QC_GENDER_MALE },
  { "did", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "diplomat", L_ROLE, QC_GENDER_UNKNOWN },
  { "diplomats", L_GROUP, QC_GENDER_PLURAL },
  { "director", L_ROLE, QC_GENDER_UNKNOWN },
  { "dismiss", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "dismissed", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "dismisses", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "dismissing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "district", L_PLACE | L_ORG, QC_GENDER_UNKNOWN },
  { "dmitry", L_FIRST, QC_GENDER_MALE },
  { "do", L_FUNC, QC_GENDER_UNKNOWN },
  { "doctor", L_ROLE, QC_GENDER_UNKNOWN },
  { "doctors", L_GROUP, QC_GENDER_PLURAL },
  { "does", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "don", L_FIRST, QC_GENDER_MALE },
  { "donald", L_FIRST, QC_GENDER_MALE },
  { "donna", L_FIRST, QC_GENDER_FEMALE },
  { "donors", L_GROUP, QC_GENDER_PLURAL },
  { "dorothy", L_FIRST, QC_GENDER_FEMALE },
  { "dos", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "doug", L_FIRST, QC_GENDER_MALE },
  { "douglas", L_FIRST, QC_GENDER_MALE },
  { "dr", L_HONORIFIC, QC_GENDER_UNKNOWN },
  { "drily", L_AUX, QC_GENDER_UNKNOWN },
  { "driver", L_ROLE, QC_GENDER_UNKNOWN },
  { "drivers", L_GROUP, QC_GENDER_PLURAL },
  { "dryly", L_AUX, QC_GENDER_UNKNOWN },
  { "du", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "duchess", L_ROLE, QC_GENDER_FEMALE },
  { "duke", L_ROLE, QC_GENDER_MALE },
  { "duncan", L_FIRST, QC_GENDER_MALE },
  { "during", L_FUNC, QC_GENDER_UNKNOWN },
  { "each", L_DET | L_FUNC, QC_GENDER_UNKNOWN },
  { "eagerly", L_AUX, QC_GENDER_UNKNOWN },
  { "earl", L_ROLE, QC_GENDER_MALE },
  { "earlier", L_AUX | L_START, QC_GENDER_UNKNOWN },
  { "east", L_PLACE, QC_GENDER_UNKNOWN },
  { "eastern", L_PLACE, QC_GENDER_UNKNOWN },
  { "economic", L_MOD, QC_GENDER_UNKNOWN },
  { "economist", L_ORGCAP | L_ROLE, QC_GENDER_UNKNOWN },
  { "economists", L_GROUP, QC_GENDER_PLURAL },
  { "economy", L_MOD, QC_GENDER_UNKNOWN },
  { "ed", L_FIRST, QC_GENDER_MALE },
  { "eddie", L_FIRST, QC_GENDER_MALE },
  { "editor", L_ROLE, QC_GENDER_UNKNOWN },
  { "edmund", L_FIRST, QC_GENDER_MALE },
  { "education", L_MOD, QC_GENDER_UNKNOWN },
  { "edward", L_FIRST, QC_GENDER_MALE },
  { "eight", L_START, QC_GENDER_UNKNOWN },
  { "el", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "elder", L_MOD, QC_GENDER_UNKNOWN },
  { "eleanor", L_FIRST, QC_GENDER_FEMALE },
  { "elena", L_FIRST, QC_GENDER_FEMALE },
  { "eleni", L_FIRST, QC_GENDER_FEMALE },
  { "elizabeth", L_FIRST, QC_GENDER_FEMALE },
  { "ellen", L_FIRST, QC_GENDER_FEMALE },
  { "elsewhere", L_START, QC_GENDER_UNKNOWN },
  { "email", L_ORG, QC_GENDER_UNKNOWN },
  { "emailed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "embassy", L_ORG, QC_GENDER_NEUTER },
  { "emily", L_FIRST, QC_GENDER_FEMALE },
  { "emma", L_FIRST, QC_GENDER_FEMALE },
  { "emmanuel", L_FIRST, QC_GENDER_MALE },
  { "emperor", L_ROLE, QC_GENDER_MALE },
  { "employees", L_GROUP, QC_GENDER_PLURAL },
  { "empress", L_ROLE, QC_GENDER_FEMALE },
  { "energy", L_MOD, QC_GENDER_UNKNOWN },
  { "engineer", L_ROLE, QC_GENDER_UNKNOWN },
  { "engineers", L_GROUP, QC_GENDER_PLURAL },
  { "enquire", L_SPEECH, QC_GENDER_UNKNOWN },
  { "enquired", L_SPEECH, QC_GENDER_UNKNOWN },
  { "enquires", L_SPEECH, QC_GENDER_UNKNOWN },
  { "entrepreneur", L_ROLE, QC_GENDER_UNKNOWN },
  { "environment", L_MOD, QC_GENDER_UNKNOWN },
  { "environmentalists", L_GROUP, QC_GENDER_PLURAL },
  { "envoy", L_ROLE, QC_GENDER_UNKNOWN },
  { "eric", L_FIRST, QC_GENDER_MALE },
  { "ernest", L_FIRST, QC_GENDER_MALE },
  { "esther", L_FIRST, QC_GENDER_FEMALE },
  { "eva", L_FIRST, QC_GENDER_FEMALE },
  { "even", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "eventually", L_AUX, QC_GENDER_UNKNOWN },
  { "every", L_DET | L_FUNC, QC_GENDER_UNKNOWN },
  { "exclaim", L_SPEECH, QC_GENDER_UNKNOWN },
  { "exclaimed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "exclaims", L_SPEECH, QC_GENDER_UNKNOWN },
  { "executive", L_MOD | L_ROLE, QC_GENDER_UNKNOWN },
  { "executives", L_GROUP, QC_GENDER_PLURAL },
  { "expert", L_ROLE, QC_GENDER_UNKNOWN },
  { "experts", L_GROUP, QC_GENDER_PLURAL },
  { "explain", L_SPEECH, QC_GENDER_UNKNOWN },
  { "explained", L_SPEECH, QC_GENDER_UNKNOWN },
  { "explaining", L_SPEECH, QC_GENDER_UNKNOWN },
  { "explains", L_SPEECH, QC_GENDER_UNKNOWN },
  { "express", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "families", L_GROUP, QC_GENDER_PLURAL },
  { "fans", L_GROUP, QC_GENDER_PLURAL },
  { "farmer", L_ROLE, QC_GENDER_UNKNOWN },
  { "farmers", L_GROUP, QC_GENDER_PLURAL },
  { "february", L_START, QC_GENDER_UNKNOWN },
  { "federal", L_MOD, QC_GENDER_UNKNOWN },
  { "federation", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "fellow", L_MOD, QC_GENDER_UNKNOWN },
  { "figure", L_ROLE, QC_GENDER_UNKNOWN },
  { "finally", L_AUX | L_START, QC_GENDER_UNKNOWN },
  { "finance", L_MOD, QC_GENDER_UNKNOWN },
  { "fiona", L_FIRST, QC_GENDER_FEMALE },
  { "firefighter", L_ROLE, QC_GENDER_UNKNOWN },
  { "firefighters", L_GROUP, QC_GENDER_PLURAL },
  { "firm", L_ORG, QC_GENDER_UNKNOWN },
  { "firmly", L_AUX, QC_GENDER_UNKNOWN },
  { "first", L_MOD | L_START, QC_GENDER_UNKNOWN },
  { "fisherman", L_ROLE, QC_GENDER_UNKNOWN },
  { "fishermen", L_GROUP, QC_GENDER_PLURAL },
  { "fitzwilliam", L_FIRST, QC_GENDER_MALE },
  { "five", L_START, QC_GENDER_UNKNOWN },
  { "flatly", L_AUX, QC_GENDER_UNKNOWN },
  { "footballer", L_ROLE, QC_GENDER_UNKNOWN },
  { "for", L_COMPL | L_FUNC, QC_GENDER_UNKNOWN },
  { "force", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "forces", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "foreign", L_MOD, QC_GENDER_UNKNOWN },
  { "former", L_MOD, QC_GENDER_UNKNOWN },
  { "foundation", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "founder", L_ROLE, QC_GENDER_UNKNOWN },
  { "founding", L_MOD, QC_GENDER_UNKNOWN },
  { "four", L_START, QC_GENDER_UNKNOWN },
  { "frances", L_FIRST, QC_GENDER_FEMALE },
  { "frank", L_FIRST, QC_GENDER_MALE },
  { "fred", L_FIRST, QC_GENDER_MALE },
  { "frederick", L_FIRST, QC_GENDER_MALE },
  { "friday", L_START, QC_GENDER_UNKNOWN },
  { "from", L_COMPL | L_FUNC, QC_GENDER_UNKNOWN },
  { "front-runner", L_ROLE, QC_GENDER_UNKNOWN },
  { "frontrunner", L_ROLE, QC_GENDER_UNKNOWN },
  { "fund", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "further", L_AUX, QC_GENDER_UNKNOWN },
  { "furthermore", L_START, QC_GENDER_UNKNOWN },
  { "gaily", L_AUX, QC_GENDER_UNKNOWN },
  { "gary", L_FIRST, QC_GENDER_MALE },
  { "gavin", L_FIRST, QC_GENDER_MALE },
  { "gazette", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "gen", L_HONORIFIC, QC_GENDER_UNKNOWN },
  { "general", L_MOD | L_ROLE, QC_GENDER_UNKNOWN },
  { "gently", L_AUX, QC_GENDER_UNKNOWN },
  { "geoffrey", L_FIRST, QC_GENDER_MALE },
  { "george", L_FIRST, QC_GENDER_MALE },
  { "gerald", L_FIRST, QC_GENDER_MALE },
  { "gerry", L_FIRST, QC_GENDER_MALE },
  { "gillian", L_FIRST, QC_GENDER_FEMALE },
  { "go", L_SPEECH, QC_GENDER_UNKNOWN },
  { "goes", L_SPEECH, QC_GENDER_UNKNOWN },
  { "gordon", L_FIRST, QC_GENDER_MALE },
  { "gov", L_HONORIFIC, QC_GENDER_UNKNOWN },
  { "government", L_MOD | L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "governor", L_ROLE, QC_GENDER_UNKNOWN },
  { "governors", L_GROUP, QC_GENDER_PLURAL },
  { "grace", L_FIRST, QC_GENDER_FEMALE },
  { "graham", L_FIRST, QC_GENDER_MALE },
  { "gravely", L_AUX, QC_GENDER_UNKNOWN },
  { "greg", L_FIRST, QC_GENDER_MALE },
  { "gregory", L_FIRST, QC_GENDER_MALE },
  { "groan", L_SPEECH, QC_GENDER_UNKNOWN },
  { "groaned", L_SPEECH, QC_GENDER_UNKNOWN },
  { "groans", L_SPEECH, QC_GENDER_UNKNOWN },
  { "group", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "growers", L_GROUP, QC_GENDER_PLURAL },
  { "guard", L_ROLE, QC_GENDER_UNKNOWN },
  { "guardian", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "guards", L_GROUP, QC_GENDER_PLURAL },
  { "guide", L_ROLE, QC_GENDER_UNKNOWN },
  { "gulf", L_PLACE, QC_GENDER_UNKNOWN },
  { "had", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "hall", L_PLACE, QC_GENDER_UNKNOWN },
  { "hannah", L_FIRST, QC_GENDER_FEMALE },
  { "harold", L_FIRST, QC_GENDER_MALE },
  { "harriet", L_FIRST, QC_GENDER_FEMALE },
  { "harry", L_FIRST, QC_GENDER_MALE },
  { "has", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "hastily", L_AUX, QC_GENDER_UNKNOWN },
  { "have", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "he", L_FUNC | L_PRONOUN, QC_GENDER_MALE },
  { "head", L_MOD | L_ROLE, QC_GENDER_UNKNOWN },
  { "headteacher", L_ROLE, QC_GENDER_UNKNOWN },
  { "health", L_MOD, QC_GENDER_UNKNOWN },
  { "heather", L_FIRST, QC_GENDER_FEMALE },
  { "helen", L_FIRST, QC_GENDER_FEMALE },
  { "hence", L_START, QC_GENDER_UNKNOWN },
  { "henry", L_FIRST, QC_GENDER_MALE },
  { "her", L_DET | L_FUNC | L_POSSPRON, QC_GENDER_FEMALE },
  { "herald", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "here", L_FUNC, QC_GENDER_UNKNOWN },
  { "hers", L_FUNC, QC_GENDER_FEMALE },
  { "herself", L_FUNC, QC_GENDER_FEMALE },
  { "hillary", L_FIRST, QC_GENDER_FEMALE },
  { "hills", L_PLACE, QC_GENDER_UNKNOWN },
  { "him", L_FUNC, QC_GENDER_MALE },
  { "himself", L_FUNC, QC_GENDER_MALE },
  { "hint", L_SPEECH, QC_GENDER_UNKNOWN },
  { "hinted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "hints", L_SPEECH, QC_GENDER_UNKNOWN },
  { "his", L_DET | L_FUNC | L_POSSPRON, QC_GENDER_MALE },
  { "historian", L_ROLE, QC_GENDER_UNKNOWN },
  { "historians", L_GROUP, QC_GENDER_PLURAL },
  { "home", L_MOD, QC_GENDER_UNKNOWN },
  { "honorary", L_MOD, QC_GENDER_UNKNOWN },
  { "hospital", L_MOD | L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "host", L_ROLE, QC_GENDER_UNKNOWN },
  { "house", L_MOD | L_PLACE, QC_GENDER_UNKNOWN },
  { "how", L_FUNC, QC_GENDER_UNKNOWN },
  { "howard", L_FIRST, QC_GENDER_MALE },
  { "however", L_START, QC_GENDER_UNKNOWN },
  { "hugh", L_FIRST, QC_GENDER_MALE },
  { "i", L_FUNC, QC_GENDER_UNKNOWN },
  { "ian", L_FIRST, QC_GENDER_MALE },
  { "ibn", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "if", L_FUNC, QC_GENDER_UNKNOWN },
  { "igor", L_FIRST, QC_GENDER_MALE },
  { "imam", L_ROLE, QC_GENDER_MALE },
  { "immediately", L_AUX, QC_GENDER_UNKNOWN },
  { "in", L_COMPL | L_FUNC, QC_GENDER_UNKNOWN },
  { "inc", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "incoming", L_MOD, QC_GENDER_UNKNOWN },
  { "indeed", L_START, QC_GENDER_UNKNOWN },
  { "independent", L_MOD, QC_GENDER_UNKNOWN },
  { "indicate", L_SPEECH, QC_GENDER_UNKNOWN },
  { "indicated", L_SPEECH, QC_GENDER_UNKNOWN },
  { "indicates", L_SPEECH, QC_GENDER_UNKNOWN },
  { "indicating", L_SPEECH, QC_GENDER_UNKNOWN },
  { "ingrid", L_FIRST, QC_GENDER_FEMALE },
  { "inquire", L_SPEECH, QC_GENDER_UNKNOWN },
  { "inquired", L_SPEECH, QC_GENDER_UNKNOWN },
  { "inquires", L_SPEECH, QC_GENDER_UNKNOWN },
  { "insiders", L_GROUP, QC_GENDER_PLURAL },
  { "insist", L_SPEECH, QC_GENDER_UNKNOWN },
  { "insisted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "insistence", L_SNOUN, QC_GENDER_UNKNOWN },
  { "insisting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "insists", L_SPEECH, QC_GENDER_UNKNOWN },
  { "inspector", L_ROLE, QC_GENDER_UNKNOWN },
  { "inspectors", L_GROUP, QC_GENDER_PLURAL },
  { "instead", L_START, QC_GENDER_UNKNOWN },
  { "institute", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "insurer", L_ORG, QC_GENDER_NEUTER },
  { "insurgents", L_GROUP, QC_GENDER_PLURAL },
  { "interim", L_MOD, QC_GENDER_UNKNOWN },
  { "interior", L_MOD, QC_GENDER_UNKNOWN },
  { "international", L_MOD, QC_GENDER_UNKNOWN },
  { "interrupt", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "interrupted", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "interrupts", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "into", L_FUNC, QC_GENDER_UNKNOWN },
  { "investigators", L_GROUP, QC_GENDER_PLURAL },
  { "investors", L_GROUP, QC_GENDER_PLURAL },
  { "is", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "island", L_PLACE, QC_GENDER_UNKNOWN },
  { "islands", L_PLACE, QC_GENDER_UNKNOWN },
  { "it", L_FUNC | L_PRONOUN, QC_GENDER_NEUTER },
  { "its", L_DET | L_FUNC | L_POSSPRON, QC_GENDER_NEUTER },
  { "ivan", L_FIRST, QC_GENDER_MALE },
  { "jack", L_FIRST, QC_GENDER_MALE },
  { "jacob", L_FIRST, QC_GENDER_MALE },
  { "jacqueline", L_FIRST, QC_GENDER_FEMALE },
  { "james", L_FIRST, QC_GENDER_MALE },
  { "jamie", L_FIRST, QC_GENDER_MALE },
  { "jane", L_FIRST, QC_GENDER_FEMALE },
  { "janet", L_FIRST, QC_GENDER_FEMALE },
  { "january", L_START, QC_GENDER_UNKNOWN },
  { "jason", L_FIRST, QC_GENDER_MALE },
  { "jeff", L_FIRST, QC_GENDER_MALE },
  { "jeffrey", L_FIRST, QC_GENDER_MALE },
  { "jennifer", L_FIRST, QC_GENDER_FEMALE },
  { "jeremy", L_FIRST, QC_GENDER_MALE },
  { "jerry", L_FIRST, QC_GENDER_MALE },
  { "jessica", L_FIRST, QC_GENDER_FEMALE },
  { "jill", L_FIRST, QC_GENDER_FEMALE },
  { "jim", L_FIRST, QC_GENDER_MALE },
  { "jimmy", L_FIRST, QC_GENDER_MALE },
  { "joan", L_FIRST, QC_GENDER_FEMALE },
  { "joanna", L_FIRST, QC_GENDER_FEMALE },
  { "joe", L_FIRST, QC_GENDER_MALE },
  { "joel", L_FIRST, QC_GENDER_MALE },
  { "john", L_FIRST, QC_GENDER_MALE },
  { "johnny", L_FIRST, QC_GENDER_MALE },
  { "joke", L_SPEECH, QC_GENDER_UNKNOWN },
  { "joked", L_SPEECH, QC_GENDER_UNKNOWN },
  { "jokes", L_SPEECH, QC_GENDER_UNKNOWN },
  { "joking", L_SPEECH, QC_GENDER_UNKNOWN },
  { "jon", L_FIRST, QC_GENDER_MALE },
  { "jonathan", L_FIRST, QC_GENDER_MALE },
  { "jose", L_FIRST, QC_GENDER_MALE },
  { "joseph", L_FIRST, QC_GENDER_MALE },
  { "josephine", L_FIRST, QC_GENDER_FEMALE },
  { "josh", L_FIRST, QC_GENDER_MALE },
  { "joshua", L_FIRST, QC_GENDER_MALE },
  { "journal", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "journalist", L_ROLE, QC_GENDER_UNKNOWN },
  { "joyce", L_FIRST, QC_GENDER_FEMALE },
  { "juan", L_FIRST, QC_GENDER_MALE },
  { "judge", L_ROLE, QC_GENDER_UNKNOWN },
  { "judges", L_GROUP, QC_GENDER_PLURAL },
  { "judith", L_FIRST, QC_GENDER_FEMALE },
  { "judy", L_FIRST, QC_GENDER_FEMALE },
  { "julia", L_FIRST, QC_GENDER_FEMALE },
  { "julie", L_FIRST, QC_GENDER_FEMALE },
  { "july", L_START, QC_GENDER_UNKNOWN },
  { "june", L_START, QC_GENDER_UNKNOWN },
  { "junior", L_MOD, QC_GENDER_UNKNOWN },
  { "juror", L_ROLE, QC_GENDER_UNKNOWN },
  { "just", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "justice", L_ROLE, QC_GENDER_UNKNOWN },
  { "justin", L_FIRST, QC_GENDER_MALE },
  { "karen", L_FIRST, QC_GENDER_FEMALE },
  { "kate", L_FIRST, QC_GENDER_FEMALE },
  { "katherine", L_FIRST, QC_GENDER_FEMALE },
  { "kathleen", L_FIRST, QC_GENDER_FEMALE },
  { "kathryn", L_FIRST, QC_GENDER_FEMALE },
  { "keith", L_FIRST, QC_GENDER_MALE },
  { "kelly", L_FIRST, QC_GENDER_FEMALE },
  { "ken", L_FIRST, QC_GENDER_MALE },
  { "kenneth", L_FIRST, QC_GENDER_MALE },
  { "kevin", L_FIRST, QC_GENDER_MALE },
  { "king", L_ROLE, QC_GENDER_MALE },
  { "kingdom", L_PLACE, QC_GENDER_UNKNOWN },
  { "kitty", L_FIRST, QC_GENDER_FEMALE },
  { "kremlin", L_ORG, QC_GENDER_NEUTER },
  { "la", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "labour", L_MOD, QC_GENDER_UNKNOWN },
  { "lady", L_HONORIFIC, QC_GENDER_FEMALE },
  { "lake", L_PLACE, QC_GENDER_UNKNOWN },
  { "lament", L_SPEECH, QC_GENDER_UNKNOWN },
  { "lamented", L_SPEECH, QC_GENDER_UNKNOWN },
  { "lamenting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "laments", L_SPEECH, QC_GENDER_UNKNOWN },
  { "landlords", L_GROUP, QC_GENDER_PLURAL },
  { "larry", L_FIRST, QC_GENDER_MALE },
  { "las", L_PLACE, QC_GENDER_UNKNOWN },
  { "last", L_START, QC_GENDER_UNKNOWN },
  { "later", L_AUX | L_START, QC_GENDER_UNKNOWN },
  { "laugh", L_SPEECH, QC_GENDER_UNKNOWN },
  { "laughed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "laughs", L_SPEECH, QC_GENDER_UNKNOWN },
  { "laura", L_FIRST, QC_GENDER_FEMALE },
  { "lauren", L_FIRST, QC_GENDER_FEMALE },
  { "lawmaker", L_ROLE, QC_GENDER_UNKNOWN },
  { "lawmakers", L_GROUP, QC_GENDER_PLURAL },
  { "lawyer", L_ROLE, QC_GENDER_UNKNOWN },
  { "lawyers", L_GROUP, QC_GENDER_PLURAL },
  { "le", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "lead", L_MOD, QC_GENDER_UNKNOWN },
  { "leader", L_ROLE, QC_GENDER_UNKNOWN },
  { "leaders", L_GROUP, QC_GENDER_PLURAL },
  { "league", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "lecturer", L_ROLE, QC_GENDER_UNKNOWN },
  { "lee", L_FIRST, QC_GENDER_MALE },
  { "legislator", L_ROLE, QC_GENDER_UNKNOWN },
  { "legislators", L_GROUP, QC_GENDER_PLURAL },
  { "leo", L_FIRST, QC_GENDER_MALE },
  { "leon", L_FIRST, QC_GENDER_MALE },
  { "letter", L_ORG, QC_GENDER_UNKNOWN },
  { "liam", L_FIRST, QC_GENDER_MALE },
  { "liberal", L_MOD, QC_GENDER_UNKNOWN },
  { "liberals", L_GROUP, QC_GENDER_PLURAL },
  { "lieutenant", L_ROLE, QC_GENDER_UNKNOWN },
  { "linda", L_FIRST, QC_GENDER_FEMALE },
  { "lisa", L_FIRST, QC_GENDER_FEMALE },
  { "liz", L_FIRST, QC_GENDER_FEMALE },
  { "lizzy", L_FIRST, QC_GENDER_FEMALE },
  { "lloyd", L_FIRST, QC_GENDER_MALE },
  { "local", L_MOD, QC_GENDER_UNKNOWN },
  { "locals", L_GROUP, QC_GENDER_PLURAL },
  { "long-time", L_MOD, QC_GENDER_UNKNOWN },
  { "longtime", L_MOD, QC_GENDER_UNKNOWN },
  { "lord", L_HONORIFIC, QC_GENDER_MALE },
  { "los", L_PLACE, QC_GENDER_UNKNOWN },
  { "loudly", L_AUX, QC_GENDER_UNKNOWN },
  { "louis", L_FIRST, QC_GENDER_MALE },
  { "louise", L_FIRST, QC_GENDER_FEMALE },
  { "ltd", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "lucy", L_FIRST, QC_GENDER_FEMALE },
  { "luke", L_FIRST, QC_GENDER_MALE },
  { "lydia", L_FIRST, QC_GENDER_FEMALE },
  { "madam", L_START, QC_GENDER_UNKNOWN },
  { "madeleine", L_FIRST, QC_GENDER_FEMALE },
  { "magazine", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "mail", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "maintain", L_SPEECH, QC_GENDER_UNKNOWN },
  { "maintained", L_SPEECH, QC_GENDER_UNKNOWN },
  { "maintaining", L_SPEECH, QC_GENDER_UNKNOWN },
  { "maintains", L_SPEECH, QC_GENDER_UNKNOWN },
  { "majority", L_MOD, QC_GENDER_UNKNOWN },
  { "malcolm", L_FIRST, QC_GENDER_MALE },
  { "manager", L_ROLE, QC_GENDER_UNKNOWN },
  { "managers", L_GROUP, QC_GENDER_PLURAL },
  { "managing", L_MOD, QC_GENDER_UNKNOWN },
  { "many", L_DET | L_START, QC_GENDER_UNKNOWN },
  { "march", L_START, QC_GENDER_UNKNOWN },
  { "marco", L_FIRST, QC_GENDER_MALE },
  { "margaret", L_FIRST, QC_GENDER_FEMALE },
  { "maria", L_FIRST, QC_GENDER_FEMALE },
  { "marianne", L_FIRST, QC_GENDER_FEMALE },
  { "marie", L_FIRST, QC_GENDER_FEMALE },
  { "marina", L_FIRST, QC_GENDER_FEMALE },
  { "mark", L_FIRST, QC_GENDER_MALE },
  { "marshal", L_ROLE, QC_GENDER_UNKNOWN },
  { "martha", L_FIRST, QC_GENDER_FEMALE },
  { "martin", L_FIRST, QC_GENDER_MALE },
  { "mary", L_FIRST, QC_GENDER_FEMALE },
  { "matt", L_FIRST, QC_GENDER_MALE },
  { "matthew", L_FIRST, QC_GENDER_MALE },
  { "max", L_FIRST, QC_GENDER_MALE },
  { "may", L_START, QC_GENDER_UNKNOWN },
  { "maybe", L_START, QC_GENDER_UNKNOWN },
  { "mayor", L_ROLE, QC_GENDER_UNKNOWN },
  { "mayors", L_GROUP, QC_GENDER_PLURAL },
  { "me", L_FUNC, QC_GENDER_UNKNOWN },
  { "meanwhile", L_START, QC_GENDER_UNKNOWN },
  { "melania", L_FIRST, QC_GENDER_FEMALE },
  { "melissa", L_FIRST, QC_GENDER_FEMALE },
  { "member", L_ROLE, QC_GENDER_UNKNOWN },
  { "members", L_GROUP, QC_GENDER_PLURAL },
  { "mep", L_ROLE, QC_GENDER_UNKNOWN },
  { "meps", L_GROUP, QC_GENDER_PLURAL },
  { "message", L_SNOUN, QC_GENDER_UNKNOWN },
  { "messrs", L_HONORIFIC, QC_GENDER_PLURAL },
  { "michael", L_FIRST, QC_GENDER_MALE },
  { "michelle", L_FIRST, QC_GENDER_FEMALE },
  { "midwife", L_ROLE, QC_GENDER_UNKNOWN },
  { "midwives", L_GROUP, QC_GENDER_PLURAL },
  { "might", L_FUNC, QC_GENDER_UNKNOWN },
  { "mike", L_FIRST, QC_GENDER_MALE },
  { "militants", L_GROUP, QC_GENDER_PLURAL },
  { "military", L_MOD | L_ORG, QC_GENDER_NEUTER },
  { "miner", L_ROLE, QC_GENDER_UNKNOWN },
  { "miners", L_GROUP, QC_GENDER_PLURAL },
  { "minister", L_ROLE, QC_GENDER_UNKNOWN },
  { "ministers", L_GROUP, QC_GENDER_PLURAL },
  { "ministry", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "minority", L_MOD, QC_GENDER_UNKNOWN },
  { "miss", L_HONORIFIC, QC_GENDER_FEMALE },
  { "mitch", L_FIRST, QC_GENDER_MALE },
  { "mitt", L_FIRST, QC_GENDER_MALE },
  { "mlle", L_HONORIFIC, QC_GENDER_FEMALE },
  { "mme", L_HONORIFIC, QC_GENDER_FEMALE },
  { "mohammed", L_FIRST, QC_GENDER_MALE },
  { "monday", L_START, QC_GENDER_UNKNOWN },
  { "more", L_START, QC_GENDER_UNKNOWN },
  { "moreover", L_START, QC_GENDER_UNKNOWN },
  { "most", L_START, QC_GENDER_UNKNOWN },
  { "mountain", L_PLACE, QC_GENDER_UNKNOWN },
  { "mountains", L_PLACE, QC_GENDER_UNKNOWN },
  { "movement", L_ORG, QC_GENDER_NEUTER },
  { "mp", L_ROLE, QC_GENDER_UNKNOWN },
  { "mps", L_GROUP, QC_GENDER_PLURAL },
  { "mr", L_HONORIFIC, QC_GENDER_MALE },
  { "mrs", L_HONORIFIC, QC_GENDER_FEMALE },
  { "ms", L_HONORIFIC, QC_GENDER_FEMALE },
  { "muhammad", L_FIRST, QC_GENDER_MALE },
  { "murmur", L_SPEECH, QC_GENDER_UNKNOWN },
  { "murmured", L_SPEECH, QC_GENDER_UNKNOWN },
  { "murmurs", L_SPEECH, QC_GENDER_UNKNOWN },
  { "museum", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "must", L_FUNC, QC_GENDER_UNKNOWN },
  { "mutter", L_SPEECH, QC_GENDER_UNKNOWN },
  { "muttered", L_SPEECH, QC_GENDER_UNKNOWN },
  { "mutters", L_SPEECH, QC_GENDER_UNKNOWN },
  { "mx", L_HONORIFIC, QC_GENDER_UNKNOWN },
  { "my", L_FUNC, QC_GENDER_UNKNOWN },
  { "nancy", L_FIRST, QC_GENDER_FEMALE },
  { "natalie", L_FIRST, QC_GENDER_FEMALE },
  { "natasha", L_FIRST, QC_GENDER_FEMALE },
  { "nathan", L_FIRST, QC_GENDER_MALE },
  { "national", L_MOD, QC_GENDER_UNKNOWN },
  { "navy", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "near", L_FUNC, QC_GENDER_UNKNOWN },
  { "negotiators", L_GROUP, QC_GENDER_PLURAL },
  { "neighbor", L_ROLE, QC_GENDER_UNKNOWN },
  { "neighbors", L_GROUP, QC_GENDER_PLURAL },
  { "neighbour", L_ROLE, QC_GENDER_UNKNOWN },
  { "neighbours", L_GROUP, QC_GENDER_PLURAL },
  { "neil", L_FIRST, QC_GENDER_MALE },
  { "network", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "never", L_AUX, QC_GENDER_UNKNOWN },
  { "nevertheless", L_START, QC_GENDER_UNKNOWN },
  { "new", L_PLACE, QC_GENDER_UNKNOWN },
  { "news", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "newspaper", L_ORG, QC_GENDER_UNKNOWN },
  { "next", L_START, QC_GENDER_UNKNOWN },
  { "nicholas", L_FIRST, QC_GENDER_MALE },
  { "nick", L_FIRST, QC_GENDER_MALE },
  { "nicola", L_FIRST, QC_GENDER_FEMALE },
  { "nicole", L_FIRST, QC_GENDER_FEMALE },
  { "nigel", L_FIRST, QC_GENDER_MALE },
  { "nine", L_START, QC_GENDER_UNKNOWN },
  { "no", L_FUNC, QC_GENDER_UNKNOWN },
  { "noah", L_FIRST, QC_GENDER_MALE },
  { "nominee", L_ROLE, QC_GENDER_UNKNOWN },
  { "nonetheless", L_START, QC_GENDER_UNKNOWN },
  { "nor", L_FUNC, QC_GENDER_UNKNOWN },
  { "north", L_PLACE, QC_GENDER_UNKNOWN },
  { "northern", L_PLACE, QC_GENDER_UNKNOWN },
  { "not", L_FUNC, QC_GENDER_UNKNOWN },
  { "note", L_SPEECH, QC_GENDER_UNKNOWN },
  { "noted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "notes", L_SPEECH, QC_GENDER_UNKNOWN },
  { "noting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "november", L_START, QC_GENDER_UNKNOWN },
  { "now", L_FUNC, QC_GENDER_UNKNOWN },
  { "nurse", L_ROLE, QC_GENDER_UNKNOWN },
  { "nurses", L_GROUP, QC_GENDER_PLURAL },
  { "objectors", L_GROUP, QC_GENDER_PLURAL },
  { "observe", L_SPEECH, QC_GENDER_UNKNOWN },
  { "observed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "observer", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "observers", L_GROUP, QC_GENDER_PLURAL },
  { "observes", L_SPEECH, QC_GENDER_UNKNOWN },
  { "ocean", L_PLACE, QC_GENDER_UNKNOWN },
  { "october", L_START, QC_GENDER_UNKNOWN },
  { "of", L_COMPL | L_FUNC, QC_GENDER_UNKNOWN },
  { "office", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "officer", L_ROLE, QC_GENDER_UNKNOWN },
  { "officers", L_GROUP, QC_GENDER_PLURAL },
  { "official", L_MOD | L_ROLE, QC_GENDER_UNKNOWN },
  { "officials", L_GROUP, QC_GENDER_PLURAL },
  { "oh", L_START, QC_GENDER_UNKNOWN },
  { "olga", L_FIRST, QC_GENDER_FEMALE },
  { "oliver", L_FIRST, QC_GENDER_MALE },
  { "on", L_FUNC, QC_GENDER_UNKNOWN },
  { "once", L_AUX, QC_GENDER_UNKNOWN },
  { "one", L_DET | L_START, QC_GENDER_UNKNOWN },
  { "only", L_FUNC, QC_GENDER_UNKNOWN },
  { "onto", L_FUNC, QC_GENDER_UNKNOWN },
  { "opine", L_SPEECH, QC_GENDER_UNKNOWN },
  { "opined", L_SPEECH, QC_GENDER_UNKNOWN },
  { "opines", L_SPEECH, QC_GENDER_UNKNOWN },
  { "opponents", L_GROUP, QC_GENDER_PLURAL },
  { "opposition", L_MOD | L_ORG, QC_GENDER_UNKNOWN },
  { "or", L_FUNC, QC_GENDER_UNKNOWN },
  { "organisation", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "organiser", L_ROLE, QC_GENDER_UNKNOWN },
  { "organisers", L_GROUP, QC_GENDER_PLURAL },
  { "organization", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "organizer", L_ROLE, QC_GENDER_UNKNOWN },
  { "organizers", L_GROUP, QC_GENDER_PLURAL },
  { "oscar", L_FIRST, QC_GENDER_MALE },
  { "other", L_DET | L_START, QC_GENDER_UNKNOWN },
  { "our", L_DET | L_FUNC, QC_GENDER_UNKNOWN },
  { "outgoing", L_MOD, QC_GENDER_UNKNOWN },
  { "over", L_FUNC, QC_GENDER_UNKNOWN },
  { "overall", L_START, QC_GENDER_UNKNOWN },
  { "owen", L_FIRST, QC_GENDER_MALE },
  { "owner", L_ROLE, QC_GENDER_UNKNOWN },
  { "owners", L_GROUP, QC_GENDER_PLURAL },
  { "pamela", L_FIRST, QC_GENDER_FEMALE },
  { "panel", L_ORG, QC_GENDER_UNKNOWN },
  { "paper", L_ORG, QC_GENDER_UNKNOWN },
  { "paramedic", L_ROLE, QC_GENDER_UNKNOWN },
  { "paramedics", L_GROUP, QC_GENDER_PLURAL },
  { "parent", L_ROLE, QC_GENDER_UNKNOWN },
  { "parents", L_GROUP, QC_GENDER_PLURAL },
  { "park", L_PLACE, QC_GENDER_UNKNOWN },
  { "parliament", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "part", L_START, QC_GENDER_UNKNOWN },
  { "party", L_MOD | L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "passenger", L_ROLE, QC_GENDER_UNKNOWN },
  { "passengers", L_GROUP, QC_GENDER_PLURAL },
  { "pat", L_FIRST, QC_GENDER_MALE },
  { "patricia", L_FIRST, QC_GENDER_FEMALE },
  { "patrick", L_FIRST, QC_GENDER_MALE },
  { "paul", L_FIRST, QC_GENDER_MALE },
  { "paula", L_FIRST, QC_GENDER_FEMALE },
  { "pedro", L_FIRST, QC_GENDER_MALE },
  { "peninsula", L_PLACE, QC_GENDER_UNKNOWN },
  { "perhaps", L_START, QC_GENDER_UNKNOWN },
  { "peter", L_FIRST, QC_GENDER_MALE },
  { "phil", L_FIRST, QC_GENDER_MALE },
  { "philip", L_FIRST, QC_GENDER_MALE },
  { "pierre", L_FIRST, QC_GENDER_MALE },
  { "pilot", L_ROLE, QC_GENDER_UNKNOWN },
  { "pilots", L_GROUP, QC_GENDER_PLURAL },
  { "plaintiff", L_ROLE, QC_GENDER_UNKNOWN },
  { "player", L_ROLE, QC_GENDER_UNKNOWN },
  { "players", L_GROUP, QC_GENDER_PLURAL },
  { "plc", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "pledge", L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "pledged", L_SPEECH, QC_GENDER_UNKNOWN },
  { "pledges", L_SPEECH, QC_GENDER_UNKNOWN },
  { "pledging", L_SPEECH, QC_GENDER_UNKNOWN },
  { "police", L_GROUP | L_ORG | L_ORGCAP, QC_GENDER_PLURAL },
  { "political", L_MOD, QC_GENDER_UNKNOWN },
  { "pollster", L_ROLE, QC_GENDER_UNKNOWN },
  { "pollsters", L_GROUP, QC_GENDER_PLURAL },
  { "pontiff", L_ROLE, QC_GENDER_MALE },
  { "pope", L_ROLE, QC_GENDER_MALE },
  { "post", L_ORGCAP | L_SPEECH, QC_GENDER_UNKNOWN },
  { "posted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "posting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "posts", L_SPEECH, QC_GENDER_UNKNOWN },
  { "praise", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "praised", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "praises", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "praising", L_SPEECH, QC_GENDER_UNKNOWN },
  { "predict", L_SPEECH, QC_GENDER_UNKNOWN },
  { "predicted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "predicting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "predicts", L_SPEECH, QC_GENDER_UNKNOWN },
  { "premier", L_ROLE, QC_GENDER_UNKNOWN },
  { "presenter", L_ROLE, QC_GENDER_UNKNOWN },
  { "president", L_ROLE, QC_GENDER_UNKNOWN },
  { "president-elect", L_ROLE, QC_GENDER_UNKNOWN },
  { "presidential", L_MOD, QC_GENDER_UNKNOWN },
  { "press", L_MOD | L_ORGCAP, QC_GENDER_UNKNOWN },
  { "previously", L_AUX, QC_GENDER_UNKNOWN },
  { "priest", L_ROLE, QC_GENDER_MALE },
  { "prime", L_MOD, QC_GENDER_UNKNOWN },
  { "prince", L_ROLE, QC_GENDER_MALE },
  { "princess", L_ROLE, QC_GENDER_FEMALE },
  { "principal", L_ROLE, QC_GENDER_UNKNOWN },
  { "privately", L_AUX, QC_GENDER_UNKNOWN },
  { "prof", L_HONORIFIC, QC_GENDER_UNKNOWN },
  { "professor", L_ROLE, QC_GENDER_UNKNOWN },
  { "promise", L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "promised", L_SPEECH, QC_GENDER_UNKNOWN },
  { "promises", L_SPEECH, QC_GENDER_UNKNOWN },
  { "promising", L_SPEECH, QC_GENDER_UNKNOWN },
  { "prosecutor", L_ROLE, QC_GENDER_UNKNOWN },
  { "prosecutors", L_GROUP, QC_GENDER_PLURAL },
  { "protest", L_SPEECH, QC_GENDER_UNKNOWN },
  { "protested", L_SPEECH, QC_GENDER_UNKNOWN },
  { "protesters", L_GROUP, QC_GENDER_PLURAL },
  { "protesting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "protestors", L_GROUP, QC_GENDER_PLURAL },
  { "protests", L_SPEECH, QC_GENDER_UNKNOWN },
  { "province", L_PLACE, QC_GENDER_UNKNOWN },
  { "public", L_MOD, QC_GENDER_UNKNOWN },
  { "publicly", L_AUX, QC_GENDER_UNKNOWN },
  { "publisher", L_ORG, QC_GENDER_UNKNOWN },
  { "pundits", L_GROUP, QC_GENDER_PLURAL },
  { "pupils", L_GROUP, QC_GENDER_PLURAL },
  { "queen", L_ROLE, QC_GENDER_FEMALE },
  { "question", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "questioned", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "questioning", L_SPEECH, QC_GENDER_UNKNOWN },
  { "questions", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "quickly", L_AUX, QC_GENDER_UNKNOWN },
  { "quietly", L_AUX, QC_GENDER_UNKNOWN },
  { "quip", L_SPEECH, QC_GENDER_UNKNOWN },
  { "quipped", L_SPEECH, QC_GENDER_UNKNOWN },
  { "quipping", L_SPEECH, QC_GENDER_UNKNOWN },
  { "quips", L_SPEECH, QC_GENDER_UNKNOWN },
  { "rabbi", L_ROLE, QC_GENDER_MALE },
  { "rachel", L_FIRST, QC_GENDER_FEMALE },
  { "ralph", L_FIRST, QC_GENDER_MALE },
  { "ranger", L_ROLE, QC_GENDER_UNKNOWN },
  { "ray", L_FIRST, QC_GENDER_MALE },
  { "raymond", L_FIRST, QC_GENDER_MALE },
  { "read", L_SPEECH, QC_GENDER_UNKNOWN },
  { "reads", L_SPEECH, QC_GENDER_UNKNOWN },
  { "rebecca", L_FIRST, QC_GENDER_FEMALE },
  { "rebels", L_GROUP, QC_GENDER_PLURAL },
  { "recall", L_SPEECH, QC_GENDER_UNKNOWN },
  { "recalled", L_SPEECH, QC_GENDER_UNKNOWN },
  { "recalling", L_SPEECH, QC_GENDER_UNKNOWN },
  { "recalls", L_SPEECH, QC_GENDER_UNKNOWN },
  { "recently", L_AUX | L_START, QC_GENDER_UNKNOWN },
  { "region", L_PLACE, QC_GENDER_UNKNOWN },
  { "regional", L_MOD, QC_GENDER_UNKNOWN },
  { "regulator", L_ORG, QC_GENDER_UNKNOWN },
  { "regulators", L_GROUP, QC_GENDER_PLURAL },
  { "reject", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "rejected", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "rejecting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "rejects", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "relatives", L_GROUP, QC_GENDER_PLURAL },
  { "remark", L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "remarked", L_SPEECH, QC_GENDER_UNKNOWN },
  { "remarks", L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "rep", L_HONORIFIC, QC_GENDER_UNKNOWN },
  { "repeat", L_SPEECH, QC_GENDER_UNKNOWN },
  { "repeated", L_SPEECH, QC_GENDER_UNKNOWN },
  { "repeatedly", L_AUX, QC_GENDER_UNKNOWN },
  { "repeating", L_SPEECH, QC_GENDER_UNKNOWN },
  { "repeats", L_SPEECH, QC_GENDER_UNKNOWN },
  { "replied", L_SPEECH, QC_GENDER_UNKNOWN },
  { "replies", L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "reply", L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "replying", L_SPEECH, QC_GENDER_UNKNOWN },
  { "report", L_ORG | L_SPEECH, QC_GENDER_UNKNOWN },
  { "reported", L_SPEECH, QC_GENDER_UNKNOWN },
  { "reportedly", L_AUX, QC_GENDER_UNKNOWN },
  { "reporter", L_ROLE, QC_GENDER_UNKNOWN },
  { "reports", L_SPEECH, QC_GENDER_UNKNOWN },
  { "representative", L_ROLE, QC_GENDER_UNKNOWN },
  { "representatives", L_GROUP, QC_GENDER_PLURAL },
  { "republic", L_PLACE, QC_GENDER_UNKNOWN },
  { "republican", L_MOD, QC_GENDER_UNKNOWN },
  { "republicans", L_GROUP, QC_GENDER_PLURAL },
  { "rescuer", L_ROLE, QC_GENDER_UNKNOWN },
  { "rescuers", L_GROUP, QC_GENDER_PLURAL },
  { "researcher", L_ROLE, QC_GENDER_UNKNOWN },
  { "researchers", L_GROUP, QC_GENDER_PLURAL },
  { "reserve", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "resident", L_ROLE, QC_GENDER_UNKNOWN },
  { "residents", L_GROUP, QC_GENDER_PLURAL },
  { "respond", L_SPEECH, QC_GENDER_UNKNOWN },
  { "responded", L_SPEECH, QC_GENDER_UNKNOWN },
  { "responding", L_SPEECH, QC_GENDER_UNKNOWN },
  { "responds", L_SPEECH, QC_GENDER_UNKNOWN },
  { "response", L_SNOUN, QC_GENDER_UNKNOWN },
  { "retailer", L_ORG, QC_GENDER_UNKNOWN },
  { "retailers", L_GROUP, QC_GENDER_PLURAL },
  { "retort", L_SPEECH, QC_GENDER_UNKNOWN },
  { "retorted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "retorts", L_SPEECH, QC_GENDER_UNKNOWN },
  { "reuters", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "rev", L_HONORIFIC, QC_GENDER_UNKNOWN },
  { "reveal", L_SPEECH, QC_GENDER_UNKNOWN },
  { "revealed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "revealing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "reveals", L_SPEECH, QC_GENDER_UNKNOWN },
  { "review", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "reviewer", L_ROLE, QC_GENDER_UNKNOWN },
  { "richard", L_FIRST, QC_GENDER_MALE },
  { "rick", L_FIRST, QC_GENDER_MALE },
  { "rival", L_ROLE, QC_GENDER_UNKNOWN },
  { "rivals", L_GROUP, QC_GENDER_PLURAL },
  { "river", L_PLACE, QC_GENDER_UNKNOWN },
  { "road", L_PLACE, QC_GENDER_UNKNOWN },
  { "rob", L_FIRST, QC_GENDER_MALE },
  { "robert", L_FIRST, QC_GENDER_MALE },
  { "robin", L_FIRST, QC_GENDER_MALE },
  { "rod", L_FIRST, QC_GENDER_MALE },
  { "roger", L_FIRST, QC_GENDER_MALE },
  { "ron", L_FIRST, QC_GENDER_MALE },
  { "ronald", L_FIRST, QC_GENDER_MALE },
  { "ronnie", L_FIRST, QC_GENDER_MALE },
  { "rose", L_FIRST, QC_GENDER_FEMALE },
  { "ross", L_FIRST, QC_GENDER_MALE },
  { "roy", L_FIRST, QC_GENDER_MALE },
  { "rudy", L_FIRST, QC_GENDER_MALE },
  { "rupert", L_FIRST, QC_GENDER_MALE },
  { "russell", L_FIRST, QC_GENDER_MALE },
  { "ruth", L_FIRST, QC_GENDER_FEMALE },
  { "ryan", L_FIRST, QC_GENDER_MALE },
  { "sadly", L_AUX, QC_GENDER_UNKNOWN },
  { "said", L_SPEECH, QC_GENDER_UNKNOWN },
  { "saint", L_PLACE, QC_GENDER_UNKNOWN },
  { "sally", L_FIRST, QC_GENDER_FEMALE },
  { "sam", L_FIRST, QC_GENDER_MALE },
  { "samantha", L_FIRST, QC_GENDER_FEMALE },
  { "samuel", L_FIRST, QC_GENDER_MALE },
  { "san", L_PLACE, QC_GENDER_UNKNOWN },
  { "sandra", L_FIRST, QC_GENDER_FEMALE },
  { "sarah", L_FIRST, QC_GENDER_FEMALE },
  { "saturday", L_START, QC_GENDER_UNKNOWN },
  { "say", L_SPEECH, QC_GENDER_UNKNOWN },
  { "saying", L_SPEECH, QC_GENDER_UNKNOWN },
  { "says", L_SPEECH, QC_GENDER_UNKNOWN },
  { "scholars", L_GROUP, QC_GENDER_PLURAL },
  { "school", L_MOD | L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "scientist", L_ROLE, QC_GENDER_UNKNOWN },
  { "scientists", L_GROUP, QC_GENDER_PLURAL },
  { "scott", L_FIRST, QC_GENDER_MALE },
  { "scream", L_SPEECH, QC_GENDER_UNKNOWN },
  { "screamed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "screams", L_SPEECH, QC_GENDER_UNKNOWN },
  { "sea", L_PLACE, QC_GENDER_UNKNOWN },
  { "sean", L_FIRST, QC_GENDER_MALE },
  { "second", L_START, QC_GENDER_UNKNOWN },
  { "secretary", L_ROLE, QC_GENDER_UNKNOWN },
  { "security", L_MOD, QC_GENDER_UNKNOWN },
  { "sen", L_HONORIFIC, QC_GENDER_UNKNOWN },
  { "senate", L_MOD | L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "senator", L_ROLE, QC_GENDER_UNKNOWN },
  { "senators", L_GROUP, QC_GENDER_PLURAL },
  { "senior", L_MOD, QC_GENDER_UNKNOWN },
  { "separately", L_AUX | L_START, QC_GENDER_UNKNOWN },
  { "september", L_START, QC_GENDER_UNKNOWN },
  { "sergeant", L_ROLE, QC_GENDER_UNKNOWN },
  { "sergei", L_FIRST, QC_GENDER_MALE },
  { "sergey", L_FIRST, QC_GENDER_MALE },
  { "service", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "services", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "seven", L_START, QC_GENDER_UNKNOWN },
  { "several", L_DET | L_START, QC_GENDER_UNKNOWN },
  { "shadow", L_MOD, QC_GENDER_UNKNOWN },
  { "shall", L_FUNC, QC_GENDER_UNKNOWN },
  { "sharon", L_FIRST, QC_GENDER_FEMALE },
  { "sharply", L_AUX, QC_GENDER_UNKNOWN },
  { "she", L_FUNC | L_PRONOUN, QC_GENDER_FEMALE },
  { "sheikh", L_ROLE, QC_GENDER_MALE },
  { "sheriff", L_ROLE, QC_GENDER_UNKNOWN },
  { "shopkeeper", L_ROLE, QC_GENDER_UNKNOWN },
  { "shopkeepers", L_GROUP, QC_GENDER_PLURAL },
  { "shoppers", L_GROUP, QC_GENDER_PLURAL },
  { "should", L_FUNC, QC_GENDER_UNKNOWN },
  { "shout", L_SPEECH, QC_GENDER_UNKNOWN },
  { "shouted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "shouts", L_SPEECH, QC_GENDER_UNKNOWN },
  { "sigh", L_SPEECH, QC_GENDER_UNKNOWN },
  { "sighed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "sighs", L_SPEECH, QC_GENDER_UNKNOWN },
  { "simon", L_FIRST, QC_GENDER_MALE },
  { "simply", L_AUX, QC_GENDER_UNKNOWN },
  { "since", L_FUNC, QC_GENDER_UNKNOWN },
  { "singer", L_ROLE, QC_GENDER_UNKNOWN },
  { "sir", L_HONORIFIC, QC_GENDER_MALE },
  { "six", L_START, QC_GENDER_UNKNOWN },
  { "slam", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "slammed", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "slamming", L_SPEECH, QC_GENDER_UNKNOWN },
  { "slams", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "smile", L_SPEECH, QC_GENDER_UNKNOWN },
  { "smiled", L_SPEECH, QC_GENDER_UNKNOWN },
  { "smiles", L_SPEECH, QC_GENDER_UNKNOWN },
  { "so", L_FUNC, QC_GENDER_UNKNOWN },
  { "sob", L_SPEECH, QC_GENDER_UNKNOWN },
  { "sobbed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "sobs", L_SPEECH, QC_GENDER_UNKNOWN },
  { "society", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "softly", L_AUX, QC_GENDER_UNKNOWN },
  { "soldier", L_ROLE, QC_GENDER_UNKNOWN },
  { "soldiers", L_GROUP, QC_GENDER_PLURAL },
  { "solicitor", L_ROLE, QC_GENDER_UNKNOWN },
  { "some", L_DET | L_FUNC, QC_GENDER_UNKNOWN },
  { "sophie", L_FIRST, QC_GENDER_FEMALE },
  { "source", L_ROLE, QC_GENDER_UNKNOWN },
  { "sources", L_GROUP, QC_GENDER_PLURAL },
  { "south", L_PLACE, QC_GENDER_UNKNOWN },
  { "southern", L_PLACE, QC_GENDER_UNKNOWN },
  { "speaker", L_ROLE, QC_GENDER_UNKNOWN },
  { "speaking", L_START, QC_GENDER_UNKNOWN },
  { "spokesman", L_MOD | L_ROLE, QC_GENDER_MALE },
  { "spokesmen", L_ROLE, QC_GENDER_PLURAL },
  { "spokespeople", L_GROUP, QC_GENDER_PLURAL },
  { "spokesperson", L_ROLE, QC_GENDER_UNKNOWN },
  { "spokeswoman", L_ROLE, QC_GENDER_FEMALE },
  { "square", L_PLACE, QC_GENDER_UNKNOWN },
  { "staff", L_MOD, QC_GENDER_UNKNOWN },
  { "stanley", L_FIRST, QC_GENDER_MALE },
  { "star", L_ROLE, QC_GENDER_UNKNOWN },
  { "state", L_MOD | L_SPEECH, QC_GENDER_UNKNOWN },
  { "stated", L_SPEECH, QC_GENDER_UNKNOWN },
  { "statement", L_ORG | L_SNOUN, QC_GENDER_UNKNOWN },
  { "statements", L_SNOUN, QC_GENDER_UNKNOWN },
  { "states", L_PLACE | L_SPEECH, QC_GENDER_UNKNOWN },
  { "stating", L_SPEECH, QC_GENDER_UNKNOWN },
  { "station", L_ORG | L_PLACE, QC_GENDER_UNKNOWN },
  { "stephanie", L_FIRST, QC_GENDER_FEMALE },
  { "stephen", L_FIRST, QC_GENDER_MALE },
  { "steve", L_FIRST, QC_GENDER_MALE },
  { "steven", L_FIRST, QC_GENDER_MALE },
  { "still", L_AUX | L_START, QC_GENDER_UNKNOWN },
  { "strait", L_PLACE, QC_GENDER_UNKNOWN },
  { "strategist", L_ROLE, QC_GENDER_UNKNOWN },
  { "street", L_PLACE, QC_GENDER_UNKNOWN },
  { "stress", L_SPEECH, QC_GENDER_UNKNOWN },
  { "stressed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "stresses", L_SPEECH, QC_GENDER_UNKNOWN },
  { "stressing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "striker", L_ROLE, QC_GENDER_UNKNOWN },
  { "strikers", L_GROUP, QC_GENDER_PLURAL },
  { "stuart", L_FIRST, QC_GENDER_MALE },
  { "student", L_ROLE, QC_GENDER_UNKNOWN },
  { "students", L_GROUP, QC_GENDER_PLURAL },
  { "subsequently", L_AUX, QC_GENDER_UNKNOWN },
  { "such", L_FUNC, QC_GENDER_UNKNOWN },
  { "suggest", L_SPEECH, QC_GENDER_UNKNOWN },
  { "suggested", L_SPEECH, QC_GENDER_UNKNOWN },
  { "suggesting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "suggestion", L_SNOUN, QC_GENDER_UNKNOWN },
  { "suggests", L_SPEECH, QC_GENDER_UNKNOWN },
  { "sunday", L_START, QC_GENDER_UNKNOWN },
  { "superintendent", L_ROLE, QC_GENDER_UNKNOWN },
  { "supporters", L_GROUP, QC_GENDER_PLURAL },
  { "survivor", L_ROLE, QC_GENDER_UNKNOWN },
  { "survivors", L_GROUP, QC_GENDER_PLURAL },
  { "susan", L_FIRST, QC_GENDER_FEMALE },
  { "suzanne", L_FIRST, QC_GENDER_FEMALE },
  { "teacher", L_ROLE, QC_GENDER_UNKNOWN },
  { "teachers", L_GROUP, QC_GENDER_PLURAL },
  { "team", L_ORG, QC_GENDER_NEUTER },
  { "ted", L_FIRST, QC_GENDER_MALE },
  { "telegraph", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "tell", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "telling", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "tells", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "ten", L_PARTICLE | L_START, QC_GENDER_UNKNOWN },
  { "tenant", L_ROLE, QC_GENDER_UNKNOWN },
  { "tenants", L_GROUP, QC_GENDER_PLURAL },
  { "ter", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "teresa", L_FIRST, QC_GENDER_FEMALE },
  { "terry", L_FIRST, QC_GENDER_MALE },
  { "tersely", L_AUX, QC_GENDER_UNKNOWN },
  { "testimony", L_SNOUN, QC_GENDER_UNKNOWN },
  { "texted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "than", L_FUNC, QC_GENDER_UNKNOWN },
  { "that", L_FUNC, QC_GENDER_UNKNOWN },
  { "the", L_DET | L_FUNC, QC_GENDER_UNKNOWN },
  { "their", L_DET | L_FUNC | L_POSSPRON, QC_GENDER_PLURAL },
  { "them", L_FUNC, QC_GENDER_UNKNOWN },
  { "then", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "then-president", L_MOD, QC_GENDER_UNKNOWN },
  { "theodore", L_FIRST, QC_GENDER_MALE },
  { "there", L_FUNC, QC_GENDER_UNKNOWN },
  { "theresa", L_FIRST, QC_GENDER_FEMALE },
  { "these", L_FUNC, QC_GENDER_UNKNOWN },
  { "they", L_FUNC | L_PRONOUN, QC_GENDER_PLURAL },
  { "third", L_START, QC_GENDER_UNKNOWN },
  { "this", L_FUNC, QC_GENDER_UNKNOWN },
  { "thomas", L_FIRST, QC_GENDER_MALE },
  { "those", L_FUNC, QC_GENDER_UNKNOWN },
  { "though", L_FUNC, QC_GENDER_UNKNOWN },
  { "threaten", L_SPEECH, QC_GENDER_UNKNOWN },
  { "threatened", L_SPEECH, QC_GENDER_UNKNOWN },
  { "threatening", L_SPEECH, QC_GENDER_UNKNOWN },
  { "threatens", L_SPEECH, QC_GENDER_UNKNOWN },
  { "three", L_DET | L_START, QC_GENDER_UNKNOWN },
  { "through", L_FUNC, QC_GENDER_UNKNOWN },
  { "thursday", L_START, QC_GENDER_UNKNOWN },
  { "thus", L_START, QC_GENDER_UNKNOWN },
  { "tim", L_FIRST, QC_GENDER_MALE },
  { "times", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "timothy", L_FIRST, QC_GENDER_MALE },
  { "tina", L_FIRST, QC_GENDER_FEMALE },
  { "to", L_FUNC, QC_GENDER_UNKNOWN },
  { "today", L_AUX | L_START, QC_GENDER_UNKNOWN },
  { "told", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "tom", L_FIRST, QC_GENDER_MALE },
  { "tommy", L_FIRST, QC_GENDER_MALE },
  { "tomorrow", L_START, QC_GENDER_UNKNOWN },
  { "tonight", L_AUX | L_START, QC_GENDER_UNKNOWN },
  { "tony", L_FIRST, QC_GENDER_MALE },
  { "too", L_FUNC, QC_GENDER_UNKNOWN },
  { "top", L_MOD, QC_GENDER_UNKNOWN },
  { "toward", L_FUNC, QC_GENDER_UNKNOWN },
  { "towards", L_FUNC, QC_GENDER_UNKNOWN },
  { "town", L_PLACE, QC_GENDER_UNKNOWN },
  { "tracy", L_FIRST, QC_GENDER_FEMALE },
  { "trade", L_MOD, QC_GENDER_UNKNOWN },
  { "traders", L_GROUP, QC_GENDER_PLURAL },
  { "transport", L_MOD, QC_GENDER_UNKNOWN },
  { "treasurer", L_ROLE, QC_GENDER_UNKNOWN },
  { "tribune", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "troops", L_GROUP, QC_GENDER_PLURAL },
  { "trust", L_ORGCAP, QC_GENDER_UNKNOWN },
  { "trustee", L_ROLE, QC_GENDER_UNKNOWN },
  { "tuesday", L_START, QC_GENDER_UNKNOWN },
  { "tweet", L_SPEECH, QC_GENDER_UNKNOWN },
  { "tweeted", L_SPEECH, QC_GENDER_UNKNOWN },
  { "tweeting", L_SPEECH, QC_GENDER_UNKNOWN },
  { "tweets", L_SPEECH, QC_GENDER_UNKNOWN },
  { "two", L_DET | L_START, QC_GENDER_UNKNOWN },
  { "under", L_FUNC, QC_GENDER_UNKNOWN },
  { "union", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "unions", L_GROUP, QC_GENDER_PLURAL },
  { "united", L_PLACE, QC_GENDER_UNKNOWN },
  { "university", L_ORG | L_ORGCAP, QC_GENDER_NEUTER },
  { "unless", L_FUNC, QC_GENDER_UNKNOWN },
  { "unnamed", L_MOD, QC_GENDER_UNKNOWN },
  { "until", L_FUNC, QC_GENDER_UNKNOWN },
  { "upon", L_FUNC, QC_GENDER_UNKNOWN },
  { "urge", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "urged", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "urges", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "urging", L_SPEECH, QC_GENDER_UNKNOWN },
  { "ursula", L_FIRST, QC_GENDER_FEMALE },
  { "us", L_FUNC, QC_GENDER_UNKNOWN },
  { "valerie", L_FIRST, QC_GENDER_FEMALE },
  { "valley", L_PLACE, QC_GENDER_UNKNOWN },
  { "van", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "verdict", L_SNOUN, QC_GENDER_UNKNOWN },
  { "very", L_FUNC, QC_GENDER_UNKNOWN },
  { "veteran", L_MOD, QC_GENDER_UNKNOWN },
  { "via", L_FUNC, QC_GENDER_UNKNOWN },
  { "vicar", L_ROLE, QC_GENDER_MALE },
  { "vice", L_MOD, QC_GENDER_UNKNOWN },
  { "victim", L_ROLE, QC_GENDER_UNKNOWN },
  { "victims", L_GROUP, QC_GENDER_PLURAL },
  { "victoria", L_FIRST, QC_GENDER_FEMALE },
  { "village", L_PLACE, QC_GENDER_UNKNOWN },
  { "villager", L_ROLE, QC_GENDER_UNKNOWN },
  { "villagers", L_GROUP, QC_GENDER_PLURAL },
  { "virginia", L_FIRST, QC_GENDER_FEMALE },
  { "vladimir", L_FIRST, QC_GENDER_MALE },
  { "volume", L_START, QC_GENDER_UNKNOWN },
  { "volunteer", L_ROLE, QC_GENDER_UNKNOWN },
  { "volunteers", L_GROUP, QC_GENDER_PLURAL },
  { "von", L_PARTICLE, QC_GENDER_UNKNOWN },
  { "voters", L_GROUP, QC_GENDER_PLURAL },
  { "vow", L_SPEECH, QC_GENDER_UNKNOWN },
  { "vowed", L_SPEECH, QC_GENDER_UNKNOWN },
  { "vowing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "vows", L_SPEECH, QC_GENDER_UNKNOWN },
  { "walter", L_FIRST, QC_GENDER_MALE },
  { "warmly", L_AUX, QC_GENDER_UNKNOWN },
  { "warn", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "warned", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "warning", L_SNOUN | L_SPEECH, QC_GENDER_UNKNOWN },
  { "warns", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "warren", L_FIRST, QC_GENDER_MALE },
  { "was", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "watchdog", L_ORG, QC_GENDER_UNKNOWN },
  { "wayne", L_FIRST, QC_GENDER_MALE },
  { "we", L_FUNC, QC_GENDER_UNKNOWN },
  { "website", L_ORG, QC_GENDER_UNKNOWN },
  { "wednesday", L_START, QC_GENDER_UNKNOWN },
  { "welcome", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "welcomed", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "welcomes", L_OBJECT | L_SPEECH, QC_GENDER_UNKNOWN },
  { "well", L_START, QC_GENDER_UNKNOWN },
  { "wendy", L_FIRST, QC_GENDER_FEMALE },
  { "went", L_SPEECH, QC_GENDER_UNKNOWN },
  { "were", L_FUNC, QC_GENDER_UNKNOWN },
  { "west", L_PLACE, QC_GENDER_UNKNOWN },
  { "western", L_PLACE, QC_GENDER_UNKNOWN },
  { "what", L_FUNC, QC_GENDER_UNKNOWN },
  { "when", L_FUNC, QC_GENDER_UNKNOWN },
  { "where", L_FUNC, QC_GENDER_UNKNOWN },
  { "whether", L_FUNC, QC_GENDER_UNKNOWN },
  { "which", L_FUNC, QC_GENDER_UNKNOWN },
  { "while", L_FUNC, QC_GENDER_UNKNOWN },
  { "whisper", L_SPEECH, QC_GENDER_UNKNOWN },
  { "whispered", L_SPEECH, QC_GENDER_UNKNOWN },
  { "whispers", L_SPEECH, QC_GENDER_UNKNOWN },
  { "white", L_MOD, QC_GENDER_UNKNOWN },
  { "who", L_FUNC, QC_GENDER_UNKNOWN },
  { "whom", L_FUNC, QC_GENDER_UNKNOWN },
  { "whose", L_FUNC, QC_GENDER_UNKNOWN },
  { "why", L_FUNC, QC_GENDER_UNKNOWN },
  { "will", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "william", L_FIRST, QC_GENDER_MALE },
  { "with", L_FUNC, QC_GENDER_UNKNOWN },
  { "without", L_FUNC, QC_GENDER_UNKNOWN },
  { "witness", L_ROLE, QC_GENDER_UNKNOWN },
  { "witnesses", L_GROUP, QC_GENDER_PLURAL },
  { "wonder", L_SPEECH, QC_GENDER_UNKNOWN },
  { "wondered", L_SPEECH, QC_GENDER_UNKNOWN },
  { "wonders", L_SPEECH, QC_GENDER_UNKNOWN },
  { "words", L_SNOUN, QC_GENDER_UNKNOWN },
  { "worker", L_ROLE, QC_GENDER_UNKNOWN },
  { "workers", L_GROUP, QC_GENDER_PLURAL },
  { "would", L_AUX | L_FUNC, QC_GENDER_UNKNOWN },
  { "write", L_SPEECH, QC_GENDER_UNKNOWN },
  { "writer", L_ROLE, QC_GENDER_UNKNOWN },
  { "writes", L_SPEECH, QC_GENDER_UNKNOWN },
  { "writing", L_SPEECH, QC_GENDER_UNKNOWN },
  { "wrote", L_SPEECH, QC_GENDER_UNKNOWN },
  { "xi", L_FIRST, QC_GENDER_MALE },
  { "yell", L_SPEECH, QC_GENDER_UNKNOWN },
  { "yelled", L_SPEECH, QC_GENDER_UNKNOWN },
  { "yells", L_SPEECH, QC_GENDER_UNKNOWN },
  { "yes", L_FUNC, QC_GENDER_UNKNOWN },
  { "yesterday", L_AUX | L_START, QC_GENDER_UNKNOWN },
  { "yet", L_FUNC, QC_GENDER_UNKNOWN },
  { "you", L_FUNC, QC_GENDER_UNKNOWN },
  { "younger", L_MOD, QC_GENDER_UNKNOWN },
  { "your", L_FUNC, QC_GENDER_UNKNOWN },
  { "yulia", L_FIRST, QC_GENDER_FEMALE },
  { "yuri", L_FIRST, QC_GENDER_MALE },
  { "zoe", L_FIRST, QC_GENDER_FEMALE },
};

#define MAX_LEX_WORD 24
#define LEX_SLOTS    4096
#define LEX_FILTER   8192

G_STATIC_ASSERT (G_N_ELEMENTS (lexicon) < LEX_SLOTS / 2);

/* An open-addressing index into lexicon[] by word hash, built for each
 * run (a few microseconds): one probe or two per word instead of a binary
 * search, and a word is compared only when its whole hash agrees. The
 * filter has bit (hash >> 19) % LEX_FILTER set for every word that makes a
 * token (all but the bare function words), so most other words are told
 * apart with one load. */
typedef struct
{
  guint32 hash;
  guint32 index;               /* index + 1 into lexicon[], 0 when empty */
} LexSlot;

struct _QcLexIndex
{
  LexSlot slot[LEX_SLOTS];     /* hash and index side by side: one load */
  guint8  filter[LEX_FILTER / 8];
};

typedef QcLexIndex LexIndex;

/* A hash of a lower-case word that needs no work per character: its
 * first and last eight bytes and its length. @key holds zeros after its
 * @len bytes, up to eight. */
/* A mask of the @n < 8 low bytes of a word */
static inline guint64
low_bytes (gsize n)
{
  return (G_GUINT64_CONSTANT (1) << (8 * n)) - 1;
}

static inline guint32
word_hash_parts (guint64 a,
                 guint64 b,
                 gsize   len)
{
  guint64 x = (a * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) ^
              ((b + len) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F));

  return (guint32) (x ^ (x >> 29) ^ (x >> 47));
}

static inline guint32
word_hash (const char *key,
           gsize       len)
{
  return word_hash_parts (qc_load64 (key), len > 8 ? qc_load64 (key + len - 8) : 0, len);
}

static void
lex_index_build (LexIndex *x)
{
  memset (x, 0, sizeof *x);
  for (guint i = 0; i < G_N_ELEMENTS (lexicon); i++)
    {
      const QcLexEntry *e = &lexicon[i];
      guint32 h = word_hash (e->word, strlen (e->word));
      guint k = h & (LEX_SLOTS - 1);
      guint bit = (h >> 19) & (LEX_FILTER - 1);

      while (x->slot[k].index != 0)
        k = (k + 1) & (LEX_SLOTS - 1);
      x->slot[k].hash = h;
      x->slot[k].index = i + 1;
      if (!(e->flags == L_FUNC && e->gender == QC_GENDER_UNKNOWN))
        x->filter[bit >> 3] |= 1 << (bit & 7);
    }
}

static inline gboolean
lex_may_have (const LexIndex *x,
              guint32         h)
{
  guint bit = (h >> 19) & (LEX_FILTER - 1);

  return (x->filter[bit >> 3] >> (bit & 7)) & 1;
}

/* The entry of the word whose first 24 bytes, zero-padded, are @w0, @w1
 * and @w2 (MAX_LEX_WORD == 24: entries hold nothing after), hashing to @h */
static inline const QcLexEntry *
lexicon_find_words (const LexIndex *x,
                    guint64         w0,
                    guint64         w1,
                    guint64         w2,
                    guint32         h)
{
  for (guint probe = 0; probe < LEX_SLOTS; probe++)
    {
      guint k = (h + probe) & (LEX_SLOTS - 1);
      guint slot = x->slot[k].index;
      const QcLexEntry *e;

      if (slot == 0)
        return NULL;
      if (x->slot[k].hash != h)
        continue;
      e = &lexicon[slot - 1];
      /* three word compares, no call */
      if (((qc_load64 (e->word) ^ w0) | (qc_load64 (e->word + 8) ^ w1) |
           (qc_load64 (e->word + 16) ^ w2)) == 0)
        return e;
    }
  return NULL;
}

G_STATIC_ASSERT (MAX_LEX_WORD == 24);

/* @key: @len lower-case bytes hashing to @h, zero-padded to 32 bytes */
static inline const QcLexEntry *
lexicon_find (const LexIndex *x,
              const char     *key,
              guint32         h)
{
  return lexicon_find_words (x, qc_load64 (key), qc_load64 (key + 8), qc_load64 (key + 16), h);
}

static int
compare_entry (const void *key,
               const void *elem)
{
  return strcmp (key, ((const QcLexEntry *) elem)->word);
}

/**
 * qc_lexicon_lookup:
 * @word: the word, any case (ASCII case folding)
 * @len: its length in bytes
 *
 * Returns: (nullable): the lexicon entry, or %NULL
 */
const QcLexEntry *
qc_lexicon_lookup (const char *word,
                   gsize       len)
{
  char key[MAX_LEX_WORD + 8] = { 0 };

  if (len == 0 || len > MAX_LEX_WORD)
    return NULL;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = word[i];

      if (c >= 0x80)
        return NULL;
      key[i] = g_ascii_tolower (c);
    }
  return bsearch (key, lexicon, G_N_ELEMENTS (lexicon), sizeof lexicon[0], compare_entry);
}

/**
 * qc_lex_index_new:
 *
 * Builds the hash index of the lexicon (a few microseconds), for callers
 * that look up many words: qc_lex_index_lookup() is several times faster
 * than the binary search of qc_lexicon_lookup().
 *
 * Returns: (transfer full): a new index, freed with qc_lex_index_free()
 */
QcLexIndex *
qc_lex_index_new (void)
{
  QcLexIndex *x = g_new (QcLexIndex, 1);

  lex_index_build (x);
  return x;
}

void
qc_lex_index_free (QcLexIndex *x)
{
  g_free (x);
}

/**
 * qc_lex_index_lookup:
 * @x: an index from qc_lex_index_new()
 * @word: the word, any case (ASCII case folding)
 * @len: its length in bytes
 *
 * The same as qc_lexicon_lookup(), by hash.
 *
 * Returns: (nullable): the lexicon entry, or %NULL
 */
const QcLexEntry *
qc_lex_index_lookup (const QcLexIndex *x,
                     const char       *word,
                     gsize             len)
{
  char key[MAX_LEX_WORD + 8] = { 0 };

  if (len == 0 || len > MAX_LEX_WORD)
    return NULL;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = word[i];

      if (c >= 0x80)
        return NULL;
      key[i] = g_ascii_isupper (c) ? c | 0x20 : c;
    }
  return lexicon_find (x, key, word_hash (key, len));
}

gboolean
qc_lexicon_is_sorted (void)
{
  /* the look-ups also need every word to fit MAX_LEX_WORD bytes */
  for (gsize i = 0; i < G_N_ELEMENTS (lexicon); i++)
    if (strlen (lexicon[i].word) > MAX_LEX_WORD)
      return FALSE;
  for (gsize i = 1; i < G_N_ELEMENTS (lexicon); i++)
    if (strcmp (lexicon[i - 1].word, lexicon[i].word) >= 0)
      return FALSE;
  return TRUE;
}

/* Characters */

typedef enum
{
  CC_PUNCT,
  CC_LOWER,
  CC_UPPER,
  CC_DIGIT,
  CC_SPACE,
  CC_APOS,
  CC_HYPHEN,
  CC_DOT,
  CC_COMMA,
  CC_PAREN,
} CharClass;

static const guint8 ascii_class[256] = {
  ['\t'] = CC_SPACE, ['\n'] = CC_SPACE, ['\r'] = CC_SPACE, [' '] = CC_SPACE,
  ['\''] = CC_APOS, ['-'] = CC_HYPHEN, ['.'] = CC_DOT, [','] = CC_COMMA, ['('] = CC_PAREN,
  ['0'] = CC_DIGIT, ['1'] = CC_DIGIT, ['2'] = CC_DIGIT, ['3'] = CC_DIGIT, ['4'] = CC_DIGIT,
  ['5'] = CC_DIGIT, ['6'] = CC_DIGIT, ['7'] = CC_DIGIT, ['8'] = CC_DIGIT, ['9'] = CC_DIGIT,
  ['A'] = CC_UPPER, ['B'] = CC_UPPER, ['C'] = CC_UPPER, ['D'] = CC_UPPER, ['E'] = CC_UPPER,
  ['F'] = CC_UPPER, ['G'] = CC_UPPER, ['H'] = CC_UPPER, ['I'] = CC_UPPER, ['J'] = CC_UPPER,
  ['K'] = CC_UPPER, ['L'] = CC_UPPER, ['M'] = CC_UPPER, ['N'] = CC_UPPER, ['O'] = CC_UPPER,
  ['P'] = CC_UPPER, ['Q'] = CC_UPPER, ['R'] = CC_UPPER, ['S'] = CC_UPPER, ['T'] = CC_UPPER,
  ['U'] = CC_UPPER, ['V'] = CC_UPPER, ['W'] = CC_UPPER, ['X'] = CC_UPPER, ['Y'] = CC_UPPER,
  ['Z'] = CC_UPPER,
  ['a'] = CC_LOWER, ['b'] = CC_LOWER, ['c'] = CC_LOWER, ['d'] = CC_LOWER, ['e'] = CC_LOWER,
  ['f'] = CC_LOWER, ['g'] = CC_LOWER, ['h'] = CC_LOWER, ['i'] = CC_LOWER, ['j'] = CC_LOWER,
  ['k'] = CC_LOWER, ['l'] = CC_LOWER, ['m'] = CC_LOWER, ['n'] = CC_LOWER, ['o'] = CC_LOWER,
  ['p'] = CC_LOWER, ['q'] = CC_LOWER, ['r'] = CC_LOWER, ['s'] = CC_LOWER, ['t'] = CC_LOWER,
  ['u'] = CC_LOWER, ['v'] = CC_LOWER, ['w'] = CC_LOWER, ['x'] = CC_LOWER, ['y'] = CC_LOWER,
  ['z'] = CC_LOWER,
};

/* The class of the character at @p and its length in bytes. Non-ASCII
 * letters are told apart only roughly (Latin-1 and Latin Extended-A case);
 * general punctuation (curly quotes, dashes) is punctuation, except the
 * right single quote used as an apostrophe. */
static inline CharClass
char_class (const char *p,
            const char *end,
            guint      *len)
{
  guchar c = *p;
  guchar c1;

  if (c < 0x80)
    {
      *len = 1;
      return ascii_class[c];
    }
  if (c < 0xC2 || c > 0xF4)
    {
      *len = 1;
      return CC_PUNCT;
    }
  if (c < 0xE0)
    {
      if (end - p < 2)
        {
          *len = 1;
          return CC_PUNCT;
        }
      *len = 2;
      c1 = p[1];
      if (c == 0xC2)
        return c1 == 0xA0 ? CC_SPACE : CC_PUNCT;
      if (c == 0xC3)
        {
          if (c1 == 0x97 || c1 == 0xB7)
            return CC_PUNCT;
          return c1 <= 0x9E ? CC_UPPER : CC_LOWER;
        }
      if (c == 0xC4 || c == 0xC5)
        return (c1 & 1) == 0 ? CC_UPPER : CC_LOWER;
      return CC_LOWER;
    }
  if (c < 0xF0)
    {
      if (end - p < 3)
        {
          *len = 1;
          return CC_PUNCT;
        }
      *len = 3;
      c1 = p[1];
      if (c == 0xE2 && c1 == 0x80)
        {
          guchar c2 = p[2];

          if (c2 == 0x99)
            return CC_APOS;
          if (c2 <= 0x8F || c2 == 0xAF)
            return CC_SPACE;
          if (c2 == 0x90 || c2 == 0x91)
            return CC_HYPHEN;
          return CC_PUNCT;
        }
      if (c == 0xE2 || c == 0xE3)
        return CC_PUNCT;
      return CC_LOWER;
    }
  *len = end - p < 4 ? 1 : 4;
  return CC_PUNCT;
}

static inline gboolean
is_letter_class (CharClass cc)
{
  return cc == CC_LOWER || cc == CC_UPPER;
}

/* Tokens */

/* ASCII bytes that end a lower-case word cleanly: white space and
 * punctuation that neither joins words (hyphen, apostrophe) nor makes an
 * abbreviation. */
static const guint8 fast_word_end[256] = {
  ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [' '] = 1, [','] = 1, [';'] = 1, [':'] = 1,
  ['!'] = 1, ['?'] = 1, [')'] = 1, ['('] = 1, ['"'] = 1, ['.'] = 1, ['['] = 1, [']'] = 1,
};

typedef enum
{
  SHAPE_LOWER,
  SHAPE_CAP,       /* Okafor, Anne-Marie, O'Neill */
  SHAPE_UPPER,     /* NATO, US, U.S. */
  SHAPE_INITIAL,   /* J. */
  SHAPE_OTHER,     /* numbers */
} Shape;

typedef enum
{
  GAP_START,       /* first token of the sentence */
  GAP_SPACE,       /* only white space before it */
  GAP_COMMA,       /* a comma (and white space) */
  GAP_PAREN,       /* an opening parenthesis */
  GAP_OTHER,       /* other punctuation, or a skipped quote */
  GAP_WORDS,       /* white space and words that can play no part in a
                    * mention (Token.words of them) */
} Gap;

typedef struct
{
  gsize             start;
  gsize             end;         /* word only: no possessive 's */
  const QcLexEntry *lex;
  guint8            shape;
  guint8            gap;
  guint8            possessive : 1;
  guint8            year_old : 1;    /* 74-year-old */
  guint8            modifier : 1;    /* Danish-led, Texas-based */
  guint8            words : 2;       /* GAP_WORDS: how many words, at most 3 */
  guint8            words_after : 1; /* such a word follows, after white space */
} Token;

#define MAX_TOKENS 2048

/* No mention is longer; bounding phrases keeps the scan linear on runs of
 * capitals or modifiers. */
#define MAX_PHRASE 24

/* Roots sharing one last name that a new name is compared with */
#define MAX_SAME_LAST 16

typedef struct
{
  const char     *data;
  gsize           length;
  const LexIndex *lex;
  GArray         *mentions;
  Token           tokens[MAX_TOKENS];
  guint       n_tokens;
  gint        titlecase;      /* the paragraph is a headline in Title Case: -1 unknown */
  gsize       para_start;     /* the paragraph being scanned */
  gsize       para_end;
  gint        last_tok;       /* last token of the last mention of the sentence, or -1 */
  guint       n_in_sentence;  /* mentions emitted in the sentence */
} Scan;

static inline guint
lex_flags (const Token *t)
{
  guint flags;

  if (t->lex == NULL)
    return 0;
  flags = t->lex->flags;
  /* "US", "IT": an acronym is no function word */
  if (t->shape == SHAPE_UPPER)
    flags &= ~(L_FUNC | L_START | L_DET | L_PRONOUN | L_POSSPRON | L_SPEECH | L_AUX);
  return flags;
}

static inline gboolean
is_capital (const Token *t)
{
  return t->shape == SHAPE_CAP || t->shape == SHAPE_UPPER || t->shape == SHAPE_INITIAL;
}

static inline gboolean
token_is (const Scan  *s,
          const Token *t,
          const char  *word)
{
  gsize len = strlen (word);

  return t->end - t->start == len && g_ascii_strncasecmp (s->data + t->start, word, len) == 0;
}

/* Scans the word starting at @i (a letter or digit) up to @limit. */
static gsize
scan_word (const Scan *s,
           gsize       i,
           gsize       limit,
           Token      *t)
{
  const char *data = s->data;
  const char *end = data + limit;
  gsize start = i;
  guint n_letters = 0;
  guint n_upper = 0;
  gboolean digits = FALSE;
  gboolean inner_dots = FALSE;
  gboolean hashable = TRUE;
  char key[MAX_LEX_WORD + 8] = { 0 };
  gsize klen = 0;
  CharClass first;
  guint len = 1;

  t->start = start;
  t->possessive = FALSE;
  t->year_old = FALSE;
  t->modifier = FALSE;
  first = (guchar) data[i] < 0x80 ? (CharClass) ascii_class[(guchar) data[i]]
                                  : char_class (data + i, end, &len);

  for (;;)
    {
      CharClass cc;

      /* the common case: a run of ASCII letters, folded for the lexicon */
      while (i < limit)
        {
          guchar c = data[i];
          guint ac = ascii_class[c];

          if (ac != CC_LOWER && ac != CC_UPPER)
            break;
          n_letters++;
          n_upper += ac == CC_UPPER;
          if (klen < MAX_LEX_WORD)
            key[klen] = c | 0x20;
          klen++;
          i++;
        }
      if (i >= limit)
        break;

      cc = char_class (data + i, end, &len);
      if (is_letter_class (cc))
        {
          n_letters++;
          n_upper += cc == CC_UPPER;
          hashable = FALSE;
          i += len;
        }
      else if (cc == CC_DIGIT)
        {
          digits = TRUE;
          hashable = FALSE;
          i += len;
        }
      else if (cc == CC_HYPHEN && i > start)
        {
          guint len2;
          CharClass next;

          if (i + len >= limit)
            break;
          next = char_class (data + i + len, end, &len2);
          if (!is_letter_class (next) && next != CC_DIGIT)
            break;
          if (len == 1)
            {
              if (klen < MAX_LEX_WORD)
                key[klen] = '-';
              klen++;
            }
          else
            hashable = FALSE;
          i += len;
        }
      else if (cc == CC_APOS)
        {
          guint len2;
          CharClass next;

          if (i + len >= limit)
            {
              /* "Reynolds' campaign": a plural possessive */
              break;
            }
          next = char_class (data + i + len, end, &len2);
          if (!is_letter_class (next))
            {
              if (i > start && (data[i - 1] == 's' || data[i - 1] == 'S') && n_letters > 1 &&
                  i - start > 1 && next == CC_SPACE)
                {
                  t->end = i;
                  t->possessive = TRUE;
                  i += len;
                  goto done;
                }
              break;
            }
          if ((data[i + len] == 's' || data[i + len] == 'S') &&
              (i + len + 1 >= limit ||
               !is_letter_class (char_class (data + i + len + 1, end, &len2))))
            {
              t->end = i;
              t->possessive = TRUE;
              i += len + 1;
              goto done;
            }
          hashable = FALSE;
          i += len;
        }
      else if (cc == CC_DOT && n_letters == 1 && n_upper == 1 && !digits &&
               i + 2 < limit && g_ascii_isupper (data[i + 1]) && data[i + 2] == '.')
        {
          /* "U.S.", "U.K." */
          inner_dots = TRUE;
          i += 1;
        }
      else if (cc == CC_DOT && inner_dots && i > start && g_ascii_isupper (data[i - 1]) &&
               i + 2 < limit && g_ascii_isupper (data[i + 1]) && data[i + 2] == '.')
        i += 1;
      else
        break;
    }
  t->end = i;

done:
  if (inner_dots && i < limit && data[i] == '.')
    {
      i++;
      t->end = i;
    }

  if (n_letters == 0)
    t->shape = SHAPE_OTHER;
  else if (digits)
    t->shape = first == CC_UPPER && n_upper == n_letters ? SHAPE_UPPER : SHAPE_OTHER;
  else if (first != CC_UPPER)
    t->shape = SHAPE_LOWER;
  else if (n_upper == n_letters && n_letters > 1)
    t->shape = SHAPE_UPPER;
  else
    t->shape = SHAPE_CAP;

  t->lex = NULL;
  if (hashable && !inner_dots && klen > 0 && klen <= MAX_LEX_WORD)
    {
      t->lex = lexicon_find (s->lex, key, word_hash (key, klen));

      /* "co-chairman", "vice-president", "ex-minister": the role is the
       * last part */
      if (t->lex == NULL || !(t->lex->flags & (L_ROLE | L_ORG | L_GROUP)))
        {
          const char *hyphen = memchr (key, '-', klen);

          if (hyphen != NULL)
            {
              char part[MAX_LEX_WORD + 8] = { 0 };
              const char *last = hyphen + 1;
              gsize plen;
              const QcLexEntry *e;

              while ((hyphen = memchr (last, '-', key + klen - last)) != NULL)
                last = hyphen + 1;
              plen = key + klen - last;
              memcpy (part, last, plen);
              e = plen > 0 ? lexicon_find (s->lex, part, word_hash (part, plen)) : NULL;
              if (e != NULL && (e->flags & (L_ROLE | L_ORG | L_GROUP)))
                t->lex = e;
            }
        }
    }

  if (!t->possessive && i < limit && data[i] == '.')
    {
      /* initials and abbreviated honorifics keep their full stop */
      if ((t->shape == SHAPE_CAP && n_letters == 1) ||
          (t->lex != NULL && (t->lex->flags & L_HONORIFIC) && t->shape == SHAPE_CAP))
        {
          if (n_letters == 1)
            t->shape = SHAPE_INITIAL;
          i++;
          t->end = i;
        }
    }
  else if (t->shape == SHAPE_CAP && n_letters == 1 && t->lex == NULL && i < limit && data[i] != '.')
    {
      /* a single capital without a full stop is no initial but stays a capital */
    }

  if (digits && t->end - t->start > 9 &&
      memcmp (data + t->end - 9, "-year-old", 9) == 0)
    t->year_old = TRUE;
  if (t->shape == SHAPE_CAP && t->end - t->start > 5)
    {
#define SUFFIX(s) { s, sizeof s - 1 }
      static const struct { const char *str; gsize len; } suffixes[] = {
        SUFFIX ("-led"), SUFFIX ("-based"), SUFFIX ("-backed"), SUFFIX ("-owned"),
        SUFFIX ("-funded"), SUFFIX ("-run"), SUFFIX ("-born"),
      };
#undef SUFFIX

      for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
        {
          gsize slen = suffixes[k].len;

          /* the hyphen first: most words have none there */
          if (t->end - t->start > slen && data[t->end - slen] == '-' &&
              memcmp (data + t->end - slen, suffixes[k].str, slen) == 0)
            t->modifier = TRUE;
        }
    }

  return i;
}

/* Mentions */

static gsize
first_word_end (const char *data,
                gsize       start,
                gsize       end)
{
  for (gsize i = start; i < end; i++)
    if (data[i] == ' ' || data[i] == '\n' || data[i] == '\t' || (guchar) data[i] == 0xC2)
      return i;
  return end;
}

static gboolean
is_person_role (guint flags)
{
  return (flags & (L_ROLE | L_HONORIFIC)) != 0;
}

static void
emit (Scan      *s,
      QcMention *m,
      guint      first_tok,
      guint      last_tok)
{
  const Token *ft = &s->tokens[first_tok];
  guint n = s->mentions->len;

  m->entity = -1;
  if (ft->gap == GAP_START)
    m->flags |= QC_MENTION_FLAG_SENTENCE_START;
  if (s->n_in_sentence == 0)
    m->flags |= QC_MENTION_FLAG_FIRST_IN_SENTENCE;
  s->n_in_sentence++;

  if (n > 0 && s->last_tok >= 0 && (guint) s->last_tok + 1 == first_tok && ft->gap == GAP_COMMA)
    {
      QcMention *prev = &g_array_index (s->mentions, QcMention, n - 1);

      /* "On the subject of another rival, Ms. Marsh, Mr. Okafor was …":
       * the first name is an apposition, the second the subject */
      if (prev->type == QC_MENTION_NAME && m->type == QC_MENTION_NAME &&
          (prev->flags & QC_MENTION_FLAG_FIRST_IN_SENTENCE) && !(prev->flags & QC_MENTION_FLAG_SENTENCE_START))
        {
          prev->flags &= ~QC_MENTION_FLAG_FIRST_IN_SENTENCE;
          m->flags |= QC_MENTION_FLAG_FIRST_IN_SENTENCE;
        }

      /* "Elena Marsh, UK Secretary of State", "Maria X, the finance minister," */
      if (prev->type == QC_MENTION_NAME && m->type == QC_MENTION_NOMINAL &&
          !(prev->flags & (QC_MENTION_FLAG_POSSESSIVE | QC_MENTION_FLAG_APPOSITION)) &&
          !(m->flags & QC_MENTION_FLAG_POSSESSIVE))
        {
          prev->role_start = m->head_start;
          prev->role_end = m->head_end;
          prev->flags |= QC_MENTION_FLAG_APPOSITION | QC_MENTION_FLAG_PERSON;
          prev->flags &= ~QC_MENTION_FLAG_WEAK;
          if (prev->gender == QC_GENDER_UNKNOWN)
            prev->gender = m->gender;
          s->last_tok = last_tok;
          return;
        }

      /* "the co-chairman of the Harbour Party, Tom Harlow," */
      if (prev->type == QC_MENTION_NOMINAL && m->type == QC_MENTION_NAME &&
          !(prev->flags & QC_MENTION_FLAG_POSSESSIVE) && m->role_start == m->role_end)
        {
          m->role_start = prev->head_start;
          m->role_end = prev->head_end;
          m->start = prev->start;
          m->flags |= prev->flags & (QC_MENTION_FLAG_SENTENCE_START | QC_MENTION_FLAG_FIRST_IN_SENTENCE);
          m->flags |= QC_MENTION_FLAG_APPOSITION | QC_MENTION_FLAG_PERSON;
          m->flags &= ~QC_MENTION_FLAG_WEAK;
          if (m->gender == QC_GENDER_UNKNOWN)
            m->gender = prev->gender;
          *prev = *m;
          s->last_tok = last_tok;
          return;
        }
    }

  g_array_append_val (s->mentions, *m);
  s->last_tok = last_tok;
}

static gboolean
is_complement_word (const Scan  *s,
                    const Token *t)
{
  return t->shape == SHAPE_LOWER &&
         (token_is (s, t, "of") || token_is (s, t, "for") || token_is (s, t, "in") ||
          token_is (s, t, "at") || token_is (s, t, "from"));
}

/* "of State", "of the Civil Liberties Union", "for Leeds's Harbour
 * Arcade", "in Lisbon" after a role noun at @k - 1: returns the index
 * after the complement, or @k when there is none. "of" without "the"
 * takes one word only, so that "Secretary of State Elena Marsh" keeps
 * her name. */
static guint
parse_complement (const Scan *s,
                  guint       k,
                  gboolean    person_role)
{
  const Token *tok = s->tokens;
  guint n = s->n_tokens;
  guint c = k + 1;
  gboolean the = FALSE;
  gboolean of;
  guint good_end = k;
  guint lows = 0;

  if (k >= n || tok[k].gap != GAP_SPACE || !is_complement_word (s, &tok[k]))
    return k;
  of = token_is (s, &tok[k], "of");
  if (c < n && tok[c].gap == GAP_SPACE && token_is (s, &tok[c], "the"))
    {
      the = TRUE;
      c++;
    }
  while (c < n && c - k < MAX_PHRASE)
    {
      const Token *t = &tok[c];
      guint fl = lex_flags (t);

      if (t->gap == GAP_WORDS)
        {
          if (!the || lows + t->words > 3)
            break;
          lows += t->words;
        }
      else if (t->gap != GAP_SPACE)
        break;

      if (is_capital (t) && !(fl & (L_FUNC | L_PRONOUN)))
        {
          c++;
          if (t->possessive)
            {
              /* "for Leeds's Harbour Arcade" goes on; "of the
               * Trade Organisation's (RTO) leaders" is no complement */
              if (c < n && tok[c].gap == GAP_SPACE && is_capital (&tok[c]))
                continue;
              return k;
            }
          good_end = c;
          if (of && !the)
            break;
          /* "the Department of Public Works" */
          if (c + 1 < n && tok[c].gap == GAP_SPACE && tok[c + 1].gap == GAP_SPACE &&
              (token_is (s, &tok[c], "of") || token_is (s, &tok[c], "for")) && is_capital (&tok[c + 1]))
            c++;
          continue;
        }
      /* "for the election board", "at the finance ministry", "for the
       * governor’s office": lower-case words ending in an organisation */
      if (the && t->shape == SHAPE_LOWER && lows < 3 &&
          !(fl & (L_FUNC | L_AUX | L_SPEECH | L_PRONOUN)))
        {
          c++;
          lows++;
          if ((fl & (L_ORG | L_GROUP | L_ROLE)) && !t->possessive)
            good_end = c;
          continue;
        }
      break;
    }
  return good_end;
}

static void
set_name_gender (Scan        *s,
                 QcMention   *m,
                 const Token *name_first,
                 guint        n_name)
{
  guint fl = lex_flags (name_first);

  if ((fl & L_FIRST) && (n_name > 1 || m->gender == QC_GENDER_UNKNOWN))
    {
      if (m->gender == QC_GENDER_UNKNOWN)
        m->gender = name_first->lex->gender;
      m->flags |= QC_MENTION_FLAG_PERSON;
    }
}

/* A headline in Title Case ("Dana Whitlock Responds To Claims She
 * Overspent") runs names into verbs; such paragraphs keep names short. */
static gboolean
is_titlecase (const char *data,
              gsize       start,
              gsize       end)
{
  guint upper = 0;
  guint lower = 0;
  gsize i = start;

  if (end - start > 200)
    return FALSE;
  while (i < end)
    {
      gsize w = i;

      while (i < end && (g_ascii_isalpha (data[i]) || (guchar) data[i] >= 0x80))
        i++;
      if (i - w >= 4)
        {
          if (g_ascii_isupper (data[w]))
            upper++;
          else if (g_ascii_islower (data[w]))
            lower++;
        }
      while (i < end && !(g_ascii_isalpha (data[i]) || (guchar) data[i] >= 0x80))
        i++;
    }
  return upper >= 4 && lower * 4 <= upper;
}

/* Does the one word between @a and @b end like a verb ("slated", "hires",
 * "saying")? Then it is no modifier of the role after it. */
static gboolean
looks_like_verb (const Scan *s,
                 gsize       a,
                 gsize       b)
{
  const char *data = s->data;

  while (b > a && (data[b - 1] == ' ' || data[b - 1] == '\n'))
    b--;
  if (b - a < 3)
    return TRUE;
  return data[b - 1] == 's' || (data[b - 2] == 'e' && data[b - 1] == 'd') ||
         (b - a > 4 && memcmp (data + b - 3, "ing", 3) == 0);
}

/* Parses a phrase at token @i; returns the index of the next token to look
 * at. */
static guint
parse_phrase (Scan *s,
              guint i)
{
  Token *tok = s->tokens;
  guint n = s->n_tokens;
  guint k = i;
  gint det = -1;
  guint first;
  gint last_role = -1;
  guint compl_end = 0;
  guint name_first;
  guint end_k;
  guint n_caps = 0;
  guint n_unknown = 0;
  QcMention m;

  if ((lex_flags (&tok[k]) & L_DET) && k + 1 < n && !tok[k].possessive &&
      (tok[k + 1].gap == GAP_SPACE || (tok[k + 1].gap == GAP_WORDS && tok[k + 1].words <= 2)))
    {
      det = k;
      k++;
    }
  first = k;

  while (k < n && k - i < MAX_PHRASE)
    {
      const Token *t = &tok[k];
      guint fl = lex_flags (t);

      if (k > first || det >= 0)
        {
          /* "the likely Green mayoral candidate": up to two words we
           * do not know between the determiner and the rest */
          if (t->gap == GAP_WORDS)
            {
              if (det >= 0 && n_caps == 0 && last_role < 0 && n_unknown + t->words <= 2)
                n_unknown += t->words;
              /* "Ashford city treasurer Gerald Whitcombe": a word we do not
               * know before a role noun that titles a name */
              else if (k > first && n_caps > 0 && t->words == 1 && n_unknown == 0 &&
                       t->shape == SHAPE_LOWER && (fl & L_ROLE) && !(fl & L_FUNC) &&
                       k + 1 < n && tok[k + 1].gap == GAP_SPACE && tok[k + 1].shape == SHAPE_CAP &&
                       !(lex_flags (&tok[k + 1]) & (L_START | L_FUNC)) &&
                       !looks_like_verb (s, tok[k - 1].end, t->start))
                n_unknown = 1;
              else
                break;
            }
          else if (t->gap != GAP_SPACE)
            break;
        }

      if (is_capital (t))
        {
          if (fl & (L_PRONOUN | L_POSSPRON))
            break;
          if ((fl & L_FUNC) && !(fl & (L_ROLE | L_ORG | L_GROUP | L_HONORIFIC)))
            break;
          /* "Okafor’s Daughter Says" in a headline */
          if ((fl & L_SPEECH) && !(fl & (L_ORGCAP | L_FIRST | L_ROLE | L_ORG)) && k > first)
            break;
          if (k == first && det < 0 && (fl & L_START) &&
              !(fl & (L_ROLE | L_ORG | L_GROUP | L_MOD | L_HONORIFIC)))
            break;
          if (fl & (L_ROLE | L_GROUP | L_HONORIFIC | L_ORG))
            {
              last_role = k;
              k++;
              compl_end = parse_complement (s, k, is_person_role (fl));
              if (compl_end > k)
                k = compl_end;
              else
                compl_end = 0;
              continue;
            }
          n_caps++;
          k++;
          if (t->possessive)
            {
              /* "Blue Harbour's spokeswoman": the possessor is a modifier */
              if (k < n && tok[k].gap == GAP_SPACE && tok[k].shape == SHAPE_LOWER &&
                  (lex_flags (&tok[k]) & (L_ROLE | L_ORG | L_GROUP)))
                continue;
              break;
            }
          continue;
        }

      if (t->shape == SHAPE_LOWER)
        {
          /* "the general strike", "the union chairman": a noun used as a
           * modifier */
          if ((fl & L_MOD) && (fl & L_ROLE) && t->words_after && !t->possessive)
            {
              k++;
              continue;
            }
          if ((fl & L_MOD) && (fl & (L_ROLE | L_ORG)) && k + 1 < n && tok[k + 1].gap == GAP_SPACE &&
              tok[k + 1].shape == SHAPE_LOWER && !t->possessive)
            {
              guint next = lex_flags (&tok[k + 1]);

              if ((next & (L_ROLE | L_ORG | L_GROUP)) ||
                  ((fl & L_ROLE) && !(next & (L_FUNC | L_AUX | L_SPEECH))))
                {
                  k++;
                  continue;
                }
            }
          if ((fl & (L_ROLE | L_ORG | L_GROUP)) && !(fl & L_FUNC))
            {
              last_role = k;
              k++;
              compl_end = parse_complement (s, k, (fl & L_ROLE) != 0);
              if (compl_end > k)
                k = compl_end;
              else
                compl_end = 0;
              /* "the board’s chairwoman", "the drivers' union", "the
               * mayor's office": the possessor is a modifier */
              if (t->possessive)
                {
                  if (compl_end == 0 && k < n && tok[k].gap == GAP_SPACE &&
                      tok[k].shape == SHAPE_LOWER &&
                      (lex_flags (&tok[k]) & (L_ROLE | ((fl & (L_GROUP | L_ROLE)) ? L_ORG : 0))))
                    continue;
                  break;
                }
              continue;
            }
          if ((fl & L_MOD) && !t->possessive)
            {
              k++;
              continue;
            }
          if ((fl & L_PARTICLE) && k > first && is_capital (&tok[k - 1]) && !tok[k - 1].possessive &&
              k + 1 < n && tok[k + 1].gap == GAP_SPACE && tok[k + 1].shape == SHAPE_CAP)
            {
              k++;
              continue;
            }
          /* "the likely Green mayoral candidate": adjectives we do
           * not know, right after the determiner */
          if (det >= 0 && n_caps == 0 && last_role < 0 && n_unknown < 2 &&
              !(fl & (L_FUNC | L_AUX | L_SPEECH | L_PRONOUN | L_START)) &&
              k + 1 < n && (tok[k + 1].gap == GAP_SPACE || tok[k + 1].gap == GAP_WORDS))
            {
              n_unknown++;
              k++;
              continue;
            }
          break;
        }

      if (t->year_old)
        {
          k++;
          continue;
        }
      break;
    }
  end_k = k;

  /* the name: capitals after the last role noun and its complement */
  name_first = last_role >= 0 ? (guint) last_role + 1 : first;
  if (compl_end > name_first)
    name_first = compl_end;
  while (name_first < end_k && (tok[name_first].modifier || !is_capital (&tok[name_first])))
    name_first++;
  for (guint j = name_first; j < end_k; j++)
    {
      if (!is_capital (&tok[j]) && !(lex_flags (&tok[j]) & L_PARTICLE))
        {
          end_k = j;
          break;
        }
    }
  /* a name does not end in a particle or start with one */
  while (end_k > name_first && !is_capital (&tok[end_k - 1]))
    end_k--;
  if (end_k > name_first + 2)
    {
      if (s->titlecase < 0)
        s->titlecase = is_titlecase (s->data, s->para_start, s->para_end);
      if (s->titlecase)
        end_k = name_first + 2;
    }

  n_caps = 0;
  for (guint j = name_first; j < end_k; j++)
    if (tok[j].shape == SHAPE_CAP || tok[j].shape == SHAPE_UPPER)
      n_caps++;

  memset (&m, 0, sizeof m);
  if (n_caps > 0)
    {
      guint n_name = end_k - name_first;
      guint role_fl = last_role >= 0 ? lex_flags (&tok[last_role]) : 0;
      const Token *last = &tok[end_k - 1];
      guint last_fl = lex_flags (last);
      guint role_first = first;
      gboolean person_signal = FALSE;

      m.type = QC_MENTION_NAME;
      m.head_start = tok[name_first].start;
      m.head_end = last->end;
      m.end = last->end;
      m.start = tok[name_first].start;

      /* honorifics and titles before the name */
      for (guint j = first; (gint) j <= last_role; j++)
        {
          guint fl = lex_flags (&tok[j]);

          if (fl & L_HONORIFIC)
            {
              if (m.gender == QC_GENDER_UNKNOWN && tok[j].lex->gender != QC_GENDER_PLURAL)
                m.gender = tok[j].lex->gender;
              person_signal = TRUE;
              if (j == role_first)
                role_first = j + 1;
            }
          else if (fl & L_ROLE)
            {
              person_signal = TRUE;
              if (m.gender == QC_GENDER_UNKNOWN && tok[j].lex->gender != QC_GENDER_PLURAL)
                m.gender = tok[j].lex->gender;
            }
        }
      if (last_role >= 0)
        {
          m.start = tok[first].start;
          if ((gint) role_first <= last_role)
            {
              m.role_start = tok[role_first].start;
              m.role_end = compl_end > (guint) last_role ? tok[compl_end - 1].end
                                                         : tok[last_role].end;
            }
        }
      if (m.role_end == 0)
        m.role_start = m.role_end = m.head_start;

      if (last->possessive)
        m.flags |= QC_MENTION_FLAG_POSSESSIVE;

      set_name_gender (s, &m, &tok[name_first], n_name);
      if (m.flags & QC_MENTION_FLAG_PERSON)
        person_signal = TRUE;

      /* "newspaper Dagbladet", "Bookmaker Fenwicks", "the Transport Ministry" */
      if ((role_fl & L_ORG) && !(role_fl & (L_ROLE | L_HONORIFIC | L_GROUP)))
        m.type = QC_MENTION_ORGANISATION;
      else if (!person_signal && n_name > 1 && (last_fl & L_ORGCAP) && last->shape == SHAPE_CAP)
        m.type = QC_MENTION_ORGANISATION;
      else if (!person_signal && n_name == 1 && last->shape == SHAPE_UPPER)
        {
          m.type = QC_MENTION_ORGANISATION;
          m.flags |= QC_MENTION_FLAG_ACRONYM;
        }
      else if (!person_signal)
        {
          for (guint j = name_first; j < end_k; j++)
            if ((lex_flags (&tok[j]) & (L_PLACE | L_ORGCAP)) && tok[j].shape == SHAPE_CAP)
              {
                m.flags |= QC_MENTION_FLAG_PLACE;
                m.type = QC_MENTION_ORGANISATION;
                break;
              }
        }

      if (m.type == QC_MENTION_ORGANISATION)
        {
          m.gender = QC_GENDER_NEUTER;
          if (det >= 0 && m.start == m.head_start)
            m.start = tok[det].start;
        }
      else if (person_signal)
        m.flags |= QC_MENTION_FLAG_PERSON;
      else if (n_name == 1 || (tok[name_first].shape == SHAPE_UPPER))
        m.flags |= QC_MENTION_FLAG_WEAK;

      emit (s, &m, det >= 0 && m.start == tok[det].start ? (guint) det : name_first > first && m.start == tok[first].start ? first : name_first,
            end_k - 1);
      return end_k;
    }

  if (last_role >= 0)
    {
      guint role_fl = lex_flags (&tok[last_role]);
      guint phrase_end = compl_end > (guint) last_role ? compl_end : (guint) last_role + 1;
      guint start_tok = det >= 0 ? (guint) det : first;
      gboolean capital_mod = FALSE;

      for (guint j = first; j <= (guint) last_role; j++)
        if (is_capital (&tok[j]))
          capital_mod = TRUE;

      /* a bare lower-case role noun ("minister") is no mention; a group is,
       * and so is a role with a modifier ("former partner says") */
      if (det < 0 && !capital_mod && !(role_fl & L_GROUP) && (guint) last_role == first)
        return i + 1;
      /* a lone honorific ("Mr") neither */
      if ((role_fl & L_HONORIFIC) && !(role_fl & L_ROLE))
        return i + 1;

      m.start = tok[start_tok].start;
      m.end = tok[phrase_end - 1].end;
      {
        guint hf = first;

        while (hf < (guint) last_role && tok[hf].modifier)
          hf++;
        m.head_start = tok[hf].start;
        /* words we skipped after the determiner belong to the head */
        if (det >= 0 && hf == first && tok[first].gap == GAP_WORDS)
          {
            gsize h = tok[det].end;

            while (h < m.head_start && (s->data[h] == ' ' || s->data[h] == '\n'))
              h++;
            m.head_start = h;
          }
      }
      m.head_end = m.end;
      /* the role noun itself: "spokesperson" in "a spokesperson for the
       * board" */
      m.role_start = tok[last_role].start;
      m.role_end = tok[last_role].end;
      if (role_fl & L_GROUP)
        {
          m.type = QC_MENTION_ORGANISATION;
          m.gender = QC_GENDER_PLURAL;
        }
      else if (role_fl & L_ROLE)
        {
          m.type = QC_MENTION_NOMINAL;
          m.gender = tok[last_role].lex->gender;
          m.flags |= QC_MENTION_FLAG_PERSON;
        }
      else
        {
          m.type = QC_MENTION_ORGANISATION;
          m.gender = QC_GENDER_NEUTER;
        }
      if (det >= 0)
        {
          if (token_is (s, &tok[det], "a") || token_is (s, &tok[det], "an") ||
              token_is (s, &tok[det], "another") || token_is (s, &tok[det], "one"))
            m.flags |= QC_MENTION_FLAG_INDEFINITE;
          else if (token_is (s, &tok[det], "the") || (lex_flags (&tok[det]) & L_POSSPRON))
            m.flags |= QC_MENTION_FLAG_DEFINITE;
        }
      else if (capital_mod)
        m.flags |= QC_MENTION_FLAG_DEFINITE;
      if (tok[phrase_end - 1].possessive)
        m.flags |= QC_MENTION_FLAG_POSSESSIVE;
      emit (s, &m, start_tok, phrase_end - 1);
      return phrase_end;
    }

  return i + 1;
}

static gboolean
is_speech_token (const Token *t)
{
  return t->shape == SHAPE_LOWER && (lex_flags (t) & L_SPEECH) != 0;
}

static QcGender
pronoun_gender (const Scan  *s,
                const Token *t)
{
  if (t->shape == SHAPE_UPPER || t->lex == NULL)
    {
      if (t->shape == SHAPE_LOWER && (token_is (s, t, "himself")))
        return QC_GENDER_MALE;
      if (t->shape == SHAPE_LOWER && (token_is (s, t, "herself") || token_is (s, t, "hers")))
        return QC_GENDER_FEMALE;
      return QC_GENDER_UNKNOWN;
    }
  if (token_is (s, t, "he") || token_is (s, t, "his") || token_is (s, t, "him"))
    return QC_GENDER_MALE;
  if (token_is (s, t, "she") || token_is (s, t, "her"))
    return QC_GENDER_FEMALE;
  return QC_GENDER_UNKNOWN;
}

/* "Challenger Priya Nair went on the attack …, promising to build 10,000
 * homes in her first term": a he or she later in the sentence tells the
 * gender of its subject, unless another name in the sentence is already
 * known to have that gender. */
static void
infer_subject_gender (Scan  *s,
                      guint  first_mention,
                      guint  first_tok)
{
  QcMention *subject;
  QcGender found = QC_GENDER_UNKNOWN;
  gsize after;

  if (first_mention >= s->mentions->len)
    return;
  subject = &g_array_index (s->mentions, QcMention, first_mention);
  if (subject->type != QC_MENTION_NAME || subject->gender != QC_GENDER_UNKNOWN ||
      (subject->flags & (QC_MENTION_FLAG_POSSESSIVE | QC_MENTION_FLAG_WEAK | QC_MENTION_FLAG_PLACE)))
    return;
  after = subject->end;
  for (guint i = first_tok; i < s->n_tokens; i++)
    {
      QcGender g;

      if (s->tokens[i].start < after)
        continue;
      g = pronoun_gender (s, &s->tokens[i]);
      if (g == QC_GENDER_UNKNOWN)
        continue;
      if (found != QC_GENDER_UNKNOWN && g != found)
        return;
      found = g;
    }
  if (found == QC_GENDER_UNKNOWN)
    return;
  for (guint j = first_mention + 1; j < s->mentions->len; j++)
    {
      const QcMention *m = &g_array_index (s->mentions, QcMention, j);

      if (m->type != QC_MENTION_PRONOUN && m->gender == found)
        return;
    }
  subject->gender = found;
}

static void
process_tokens (Scan *s)
{
  Token *tok = s->tokens;
  guint n = s->n_tokens;
  guint i = 0;
  guint first_mention = s->mentions->len;

  s->last_tok = -1;
  s->n_in_sentence = 0;
  while (i < n)
    {
      const Token *t = &tok[i];
      guint fl = lex_flags (t);

      if ((fl & (L_PRONOUN | L_POSSPRON)) && t->shape != SHAPE_UPPER)
        {
          gboolean cue = FALSE;

          if (fl & L_PRONOUN)
            {
              if (i + 1 < n && tok[i + 1].gap == GAP_SPACE)
                {
                  if (is_speech_token (&tok[i + 1]))
                    cue = TRUE;
                  else if ((lex_flags (&tok[i + 1]) & L_AUX) && i + 2 < n &&
                           tok[i + 2].gap == GAP_SPACE && is_speech_token (&tok[i + 2]))
                    cue = TRUE;
                }
              /* "said he." but not "questioned it" */
              if (i > 0 && t->gap == GAP_SPACE && is_speech_token (&tok[i - 1]) &&
                  t->lex->gender != QC_GENDER_NEUTER &&
                  !t->words_after && (i + 1 == n || tok[i + 1].gap != GAP_SPACE))
                cue = TRUE;
            }
          if ((fl & L_POSSPRON) && i + 1 < n && tok[i + 1].gap == GAP_SPACE &&
              tok[i + 1].shape == SHAPE_LOWER && (lex_flags (&tok[i + 1]) & L_SNOUN))
            cue = TRUE;

          if (cue)
            {
              QcMention m = { 0 };

              m.start = m.head_start = t->start;
              m.end = m.head_end = t->end;
              m.role_start = m.role_end = t->start;
              m.type = QC_MENTION_PRONOUN;
              m.gender = t->lex->gender;
              emit (s, &m, i, i);
              i++;
              continue;
            }
        }

      if (fl & (L_PRONOUN | L_POSSPRON | L_SPEECH) && t->shape != SHAPE_UPPER &&
          !(fl & L_DET && (fl & L_POSSPRON)))
        {
          i++;
          continue;
        }
      /* most words: lower case and nothing a phrase can start with */
      if (t->shape == SHAPE_LOWER &&
          !(fl & (L_DET | L_ROLE | L_ORG | L_GROUP | L_MOD)))
        {
          i++;
          continue;
        }
      i = parse_phrase (s, i);
    }
  infer_subject_gender (s, first_mention, 0);
}

static void
scan_sentence (Scan          *s,
               gsize          start,
               gsize          end,
               const QcQuote *quotes,
               guint          n_quotes,
               guint         *qi)
{
  const char *data = s->data;
  const char *data_end = data + s->length;
  gsize i = start;
  Gap gap = GAP_START;
  guint words = 0;

  gsize limit = end;

  s->n_tokens = 0;
  while (*qi < n_quotes && quotes[*qi].end <= i)
    (*qi)++;
  if (*qi < n_quotes && quotes[*qi].start < limit)
    limit = MAX (quotes[*qi].start, i);

  while (i < end)
    {
      CharClass cc;
      guint len;

      if (i >= limit)
        {
          /* a quote: its words are not the writer's */
          while (*qi < n_quotes && quotes[*qi].end <= i)
            (*qi)++;
          if (*qi < n_quotes && quotes[*qi].start <= i)
            {
              i = MAX (quotes[*qi].end, i + 1);
              if (gap != GAP_START)
                gap = GAP_OTHER;
              (*qi)++;
            }
          while (*qi < n_quotes && quotes[*qi].end <= i)
            (*qi)++;
          limit = end;
          if (*qi < n_quotes && quotes[*qi].start < limit)
            limit = MAX (quotes[*qi].start, i);
          continue;
        }

      if (data[i] == ' ')
        {
          i++;
          continue;
        }

      /* the common case: a lower-case ASCII word; one that is not in the
       * lexicon (or only a function word) plays no part in any mention
       * and costs no token */
      if (ascii_class[(guchar) data[i]] == CC_LOWER)
        {
          gsize ws;
          gsize klen;
          guint64 first;
          guchar after;

        lower_word:
          ws = i;
          first = qc_load64 (data + i);
          /* the run of lower-case letters, eight bytes at a time (the
           * text's padding stops it at the end) */
          for (;;)
            {
              guint64 v = qc_load64 (data + i);
              guint64 other = ~qc_lower_bits (v) & QC_BYTES (0x80);

              if (other != 0)
                {
                  guint k = qc_first_byte (other);

                  i += k;
                  after = (guchar) (v >> (8 * k));   /* data[i], already loaded */
                  break;
                }
              i += 8;
            }
          if (i > limit)
            i = limit;
          klen = i - ws;
          if (i >= limit || fast_word_end[after])
            {
              const QcLexEntry *e = NULL;

              if (klen <= MAX_LEX_WORD)
                {
                  guint64 a = klen >= 8 ? first : first & low_bytes (klen);
                  guint32 h = word_hash_parts (a, klen > 8 ? qc_load64 (data + i - 8) : 0, klen);

                  if (lex_may_have (s->lex, h))
                    {
                      /* the key straight from the text, cut to the word */
                      guint64 b = 0;
                      guint64 c = 0;

                      if (klen > 8)
                        b = klen >= 16 ? qc_load64 (data + ws + 8)
                                       : qc_load64 (data + ws + 8) & low_bytes (klen - 8);
                      if (klen > 16)
                        c = klen >= 24 ? qc_load64 (data + ws + 16)
                                       : qc_load64 (data + ws + 16) & low_bytes (klen - 16);
                      e = lexicon_find_words (s->lex, a, b, c, h);
                    }
                }

              if (e == NULL || (e->flags == L_FUNC && e->gender == QC_GENDER_UNKNOWN))
                {
                  if (gap == GAP_SPACE || gap == GAP_START || gap == GAP_WORDS)
                    {
                      if (gap == GAP_SPACE && s->n_tokens > 0)
                        s->tokens[s->n_tokens - 1].words_after = TRUE;
                      words = gap == GAP_WORDS ? MIN (words + 1, 3) : 1;
                      gap = GAP_WORDS;
                    }
                  else
                    gap = GAP_OTHER;
                }
              else
                {
                  Token *t;

                  if (s->n_tokens == MAX_TOKENS)
                    {
                      process_tokens (s);
                      s->n_tokens = 0;
                    }
                  t = &s->tokens[s->n_tokens++];
                  memset (t, 0, sizeof *t);
                  t->start = ws;
                  t->end = i;
                  t->lex = e;
                  t->shape = SHAPE_LOWER;
                  t->gap = gap;
                  t->words = gap == GAP_WORDS ? words : 0;
                  gap = GAP_SPACE;
                }
              /* one space and another lower-case word: straight on, as
               * the top of the loop would */
              if (after == ' ' && i + 1 < limit && ascii_class[(guchar) data[i + 1]] == CC_LOWER)
                {
                  i++;
                  goto lower_word;
                }
              continue;
            }
          i = ws;
        }
      cc = char_class (data + i, data_end, &len);
      if (is_letter_class (cc) || cc == CC_DIGIT)
        {
          Token *t;

          if (s->n_tokens == MAX_TOKENS)
            {
              process_tokens (s);
              s->n_tokens = 0;
            }
          t = &s->tokens[s->n_tokens++];
          i = scan_word (s, i, limit, t);
          t->gap = gap;
          t->words = gap == GAP_WORDS ? words : 0;
          t->words_after = FALSE;
          gap = GAP_SPACE;
          if (i <= t->start)
            i = t->start + len;
          continue;
        }

      if (gap != GAP_START && cc != CC_SPACE)
        {
          if (cc == CC_COMMA && gap == GAP_SPACE)
            gap = GAP_COMMA;
          else if (cc == CC_PAREN && gap == GAP_SPACE)
            gap = GAP_PAREN;
          else
            gap = GAP_OTHER;
        }
      i += len;
    }
  if (s->n_tokens > 0)
    process_tokens (s);
}

/* Entity linking */

typedef struct
{
  const char *data;
  GArray     *mentions;
  GHashTable *keys;         /* "N:tokayev" -> root + 1 (the most recent) */
  gint       *prev_same;    /* root -> previous root with the same last name */
  gint       *fullest;      /* root -> its mention with the most name words */
  guint8     *n_words;      /* words in a name's head */
  guint32    *first_end;    /* end of a name's first word, found once; 0 unknown */
  GArray     *role_roots;   /* mentions with a role, most recent last */
} Linker;

/* g_ascii_tolower() without a call */
static inline guchar
ascii_lower (guchar c)
{
  return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
}

static gsize
count_words (const char *data,
             gsize       start,
             gsize       end)
{
  gsize n = 0;
  gboolean in_word = FALSE;

  for (gsize i = start; i < end; i++)
    {
      gboolean space = data[i] == ' ' || data[i] == '\n' || data[i] == '\t' ||
                       (guchar) data[i] == 0xC2 || (guchar) data[i] == 0xA0;

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

static gsize
last_word_start (const char *data,
                 gsize       start,
                 gsize       end)
{
  gsize i = end;

  while (i > start && !(data[i - 1] == ' ' || data[i - 1] == '\n' || data[i - 1] == '\t' ||
                        (guchar) data[i - 1] == 0xA0))
    i--;
  return i;
}

/* Builds "P:" + the lower-cased words of [start, end) with single spaces
 * into @buf; returns FALSE when it does not fit. */
static gboolean
make_key (char        *buf,
          gsize        size,
          char         prefix,
          const char  *data,
          gsize        start,
          gsize        end)
{
  gsize o = 0;
  gboolean space = FALSE;

  buf[o++] = prefix;
  buf[o++] = ':';
  for (gsize i = start; i < end; i++)
    {
      guchar c = data[i];

      if (c == ' ' || c == '\n' || c == '\t' || (c == 0xC2 && i + 1 < end && (guchar) data[i + 1] == 0xA0))
        {
          if (c == 0xC2)
            i++;
          space = TRUE;
          continue;
        }
      if (o + 3 >= size)
        return FALSE;
      if (space && o > 2)
        buf[o++] = ' ';
      space = FALSE;
      buf[o++] = ascii_lower (c);
    }
  buf[o] = '\0';
  return o > 2;
}

static gint
lookup (Linker     *l,
        const char *key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (l->keys, key)) - 1;
}

static void
insert (Linker     *l,
        const char *key,
        gint        root)
{
  if (!g_hash_table_replace (l->keys, g_strdup (key), GINT_TO_POINTER (root + 1)))
    return;
}

static QcMention *
mention_at (Linker *l,
            gint    i)
{
  return &g_array_index (l->mentions, QcMention, i);
}

/* First names are compatible when either is missing or they agree, an
 * initial agreeing with a first letter ("J. Smith", "John Smith"). */
static gsize
first_end_of (Linker *l,
              gint    i)
{
  const QcMention *m = mention_at (l, i);

  /* a word ends after its start, so 0 marks "not found yet" */
  if (l->first_end[i] == 0)
    l->first_end[i] = (guint32) first_word_end (l->data, m->head_start, m->head_end);
  return l->first_end[i];
}

static gboolean
first_names_agree (Linker *l,
                   gint    ai,
                   gint    bi)
{
  const char *data = l->data;
  const QcMention *a = mention_at (l, ai);
  const QcMention *b = mention_at (l, bi);
  gsize a_end = first_end_of (l, ai);
  gsize b_end = first_end_of (l, bi);
  gsize a_len = a_end - a->head_start;
  gsize b_len = b_end - b->head_start;

  if (a_end == a->head_end || b_end == b->head_end)
    return TRUE;
  if (data[a->head_start] != data[b->head_start])
    return FALSE;
  if ((a_len == 2 && data[a->head_start + 1] == '.') || (b_len == 2 && data[b->head_start + 1] == '.'))
    return TRUE;
  return a_len == b_len && memcmp (data + a->head_start, data + b->head_start, a_len) == 0;
}

static void
join (Linker    *l,
      QcMention *m,
      gint       index,
      gint       root)
{
  QcMention *r = mention_at (l, root);

  m->entity = root;
  if (r->gender == QC_GENDER_UNKNOWN && m->gender != QC_GENDER_UNKNOWN)
    r->gender = m->gender;
  if (m->flags & QC_MENTION_FLAG_PERSON)
    r->flags |= QC_MENTION_FLAG_PERSON;
  if (!(m->flags & QC_MENTION_FLAG_WEAK))
    r->flags &= ~QC_MENTION_FLAG_WEAK;
  if (m->type == QC_MENTION_NAME && l->n_words[index] > l->n_words[l->fullest[root]])
    l->fullest[root] = index;
}

static void
link_name (Linker    *l,
           QcMention *m,
           gint       index)
{
  const char *data = l->data;
  char key[128];
  gsize lw = last_word_start (data, m->head_start, m->head_end);
  gsize n_words = count_words (data, m->head_start, m->head_end);
  gint root;

  l->n_words[index] = MIN (n_words, 255);
  if (!make_key (key, sizeof key, 'N', data, lw, m->head_end))
    {
      m->entity = index;
      return;
    }
  root = lookup (l, key);
  for (guint n = 0; root >= 0 && n < MAX_SAME_LAST; root = l->prev_same[root], n++)
    {
      if (first_names_agree (l, index, l->fullest[root]))
        {
          join (l, m, index, root);
          return;
        }
    }

  /* "Eleni" after "Eleni Moreau" */
  if (n_words == 1)
    {
      key[0] = 'F';
      root = lookup (l, key);
      if (root >= 0)
        {
          join (l, m, index, root);
          return;
        }
      key[0] = 'N';
    }

  m->entity = index;
  l->fullest[index] = index;
  l->prev_same[index] = lookup (l, key);
  insert (l, key, index);
  if (n_words > 1)
    {
      gsize fw = first_word_end (data, m->head_start, m->head_end);

      if (fw - m->head_start > 2 && make_key (key, sizeof key, 'F', data, m->head_start, fw))
        insert (l, key, index);
    }
}

/* Initials of the capitalised words of [start, end) into @buf. */
static gsize
initials (const char *data,
          gsize       start,
          gsize       end,
          char       *buf,
          gsize       size)
{
  gsize n = 0;
  gboolean word_start = TRUE;

  for (gsize i = start; i < end; i++)
    {
      guchar c = data[i];

      if (c == ' ' || c == '\n' || c == '-' || c == '\t')
        {
          word_start = TRUE;
          continue;
        }
      if (word_start && g_ascii_isupper (c) && n + 1 < size)
        buf[n++] = c;
      word_start = FALSE;
    }
  buf[n] = '\0';
  return n;
}

static void
link_organisation (Linker    *l,
                   QcMention *m,
                   gint       index)
{
  const char *data = l->data;
  char key[128];
  char acro[32];
  gsize n_acro;
  gint root = -1;

  if (m->flags & QC_MENTION_FLAG_ACRONYM)
    {
      gsize len = m->head_end - m->head_start;

      if (len + 3 > sizeof key)
        {
          m->entity = index;
          return;
        }
      key[0] = 'A';
      key[1] = ':';
      memcpy (key + 2, data + m->head_start, len);
      key[len + 2] = '\0';

      /* "Regional Trade Organisation’s (RTO)" */
      if (index > 0)
        {
          QcMention *p = mention_at (l, index - 1);
          gsize gap = m->start - p->end;

          if (p->type == QC_MENTION_ORGANISATION && gap <= 6 && data[m->start - 1] == '(' &&
              !(p->flags & QC_MENTION_FLAG_ACRONYM))
            {
              n_acro = initials (data, p->head_start, p->head_end, acro, sizeof acro);
              if (n_acro >= len && memcmp (acro + n_acro - len, data + m->head_start, len) == 0)
                root = p->entity;
            }
        }
      if (root < 0)
        root = lookup (l, key);
      if (root >= 0)
        join (l, m, index, root);
      else
        m->entity = index;
      insert (l, key, m->entity);
      return;
    }

  if (!make_key (key, sizeof key, 'O', data, m->head_start, m->head_end))
    {
      m->entity = index;
      return;
    }
  root = lookup (l, key);
  n_acro = initials (data, m->head_start, m->head_end, acro, sizeof acro);
  if (root < 0 && n_acro >= 2)
    {
      char akey[40];

      g_snprintf (akey, sizeof akey, "A:%s", acro);
      root = lookup (l, akey);
    }
  if (root >= 0)
    join (l, m, index, root);
  else
    {
      m->entity = index;
      insert (l, key, index);
      if (n_acro >= 2 && count_words (data, m->head_start, m->head_end) >= 2)
        {
          char akey[40];

          g_snprintf (akey, sizeof akey, "A:%s", acro);
          insert (l, akey, index);
        }
    }
}

static gboolean
contains_ci (const char *hay,
             gsize       hay_len,
             const char *needle,
             gsize       needle_len)
{
  guchar first;

  if (needle_len == 0 || needle_len > hay_len)
    return FALSE;
  first = ascii_lower (needle[0]);
  for (gsize i = 0; i + needle_len <= hay_len; i++)
    if (ascii_lower (hay[i]) == first &&
        g_ascii_strncasecmp (hay + i, needle, needle_len) == 0 &&
        (i == 0 || !g_ascii_isalpha (hay[i - 1])) &&
        (i + needle_len == hay_len || !g_ascii_isalpha (hay[i + needle_len])))
      return TRUE;
  return FALSE;
}

static void
link_nominal (Linker    *l,
              QcMention *m,
              gint       index)
{
  const char *data = l->data;
  char key[128];
  gsize lw = last_word_start (data, m->head_start, m->head_end);
  gsize kw_end = m->head_end;
  gint root;

  if (m->role_end > m->role_start)
    {
      lw = m->role_start;
      kw_end = m->role_end;
    }

  /* "the pope" after "Pope Clement", "The speaker" after "House Speaker
   * Ann Keller": a definite description naming an earlier title */
  if ((m->flags & QC_MENTION_FLAG_DEFINITE) && m->type == QC_MENTION_NOMINAL)
    {
      guint seen = 0;

      for (guint j = l->role_roots->len; j > 0 && seen < 32; j--, seen++)
        {
          gint ri = g_array_index (l->role_roots, gint, j - 1);
          const QcMention *r = mention_at (l, ri);

          if (contains_ci (data + r->role_start, r->role_end - r->role_start,
                           data + m->head_start, m->head_end - m->head_start))
            {
              join (l, m, index, r->entity);
              return;
            }
        }
    }

  if (!make_key (key, sizeof key, 'R', data, lw, kw_end))
    {
      m->entity = index;
      return;
    }
  root = lookup (l, key);
  if (root >= 0 && !(m->flags & QC_MENTION_FLAG_INDEFINITE) &&
      mention_at (l, root)->type == m->type)
    {
      join (l, m, index, root);
      return;
    }
  m->entity = index;
  insert (l, key, index);
}

static void
link_entities (const char *data,
               GArray     *mentions)
{
  Linker l;

  l.data = data;
  l.mentions = mentions;
  l.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  l.prev_same = g_new (gint, mentions->len + 1);
  l.fullest = g_new (gint, mentions->len + 1);
  l.n_words = g_new0 (guint8, mentions->len + 1);
  l.first_end = g_new0 (guint32, mentions->len + 1);
  l.role_roots = g_array_new (FALSE, FALSE, sizeof (gint));

  for (guint i = 0; i < mentions->len; i++)
    {
      QcMention *m = &g_array_index (mentions, QcMention, i);
      gint index = (gint) i;

      l.prev_same[i] = -1;
      l.fullest[i] = index;
      switch (m->type)
        {
        case QC_MENTION_NAME:
          link_name (&l, m, index);
          break;
        case QC_MENTION_ORGANISATION:
          if (m->gender == QC_GENDER_PLURAL)
            link_nominal (&l, m, index);
          else
            link_organisation (&l, m, index);
          break;
        case QC_MENTION_NOMINAL:
          link_nominal (&l, m, index);
          break;
        case QC_MENTION_PRONOUN:
        default:
          m->entity = -1;
          break;
        }
      if (m->type == QC_MENTION_NAME && m->role_end > m->role_start)
        g_array_append_val (l.role_roots, index);
    }

  g_hash_table_unref (l.keys);
  g_free (l.prev_same);
  g_free (l.fullest);
  g_free (l.n_words);
  g_free (l.first_end);
  g_array_unref (l.role_roots);
}

/* The quote cursor of scan_sentence() after the sentence [@start, @end):
 * the same moves without reading a word, the words before each quote
 * skipped in one step (a word never runs into a quote). */
static void
skip_sentence_quotes (gsize          start,
                      gsize          end,
                      const QcQuote *quotes,
                      guint          n_quotes,
                      guint         *qi)
{
  gsize i = start;
  gsize limit = end;

  while (*qi < n_quotes && quotes[*qi].end <= i)
    (*qi)++;
  if (*qi < n_quotes && quotes[*qi].start < limit)
    limit = MAX (quotes[*qi].start, i);

  while (i < end)
    {
      if (i >= limit)
        {
          while (*qi < n_quotes && quotes[*qi].end <= i)
            (*qi)++;
          if (*qi < n_quotes && quotes[*qi].start <= i)
            {
              i = MAX (quotes[*qi].end, i + 1);
              (*qi)++;
            }
          while (*qi < n_quotes && quotes[*qi].end <= i)
            (*qi)++;
          limit = end;
          if (*qi < n_quotes && quotes[*qi].start < limit)
            limit = MAX (quotes[*qi].start, i);
          continue;
        }
      i = limit;
    }
}

/**
 * qc_mentions_scan:
 * @text: the article
 * @quotes: (element-type QcQuote) (nullable): the quotes of @text
 * @first_sentence: the first sentence to look at
 * @end_sentence: one past the last
 *
 * The mentions of sentences [@first_sentence, @end_sentence), not yet
 * linked into entities. Sentences are independent of one another (a quote
 * running on from an earlier sentence is found from the quotes alone), so
 * the mentions of a text are the mentions of its parts put end to end and
 * then given to qc_mentions_link().
 *
 * Returns: (transfer full) (element-type QcMention): the mentions
 */
GArray *
qc_mentions_scan (const QcText *text,
                  const GArray *quotes,
                  guint         first_sentence,
                  guint         end_sentence)
{
  guint cursor = 0;

  g_return_val_if_fail (text != NULL, NULL);

  qc_mentions_quote_cursors (text, quotes, &first_sentence, 1, &cursor);
  return qc_mentions_scan_from (text, quotes, first_sentence, end_sentence, cursor);
}

/**
 * qc_mentions_quote_cursors:
 * @text: the article
 * @quotes: (element-type QcQuote) (nullable): the quotes of @text
 * @first_sentences: (array length=n): sentence indices, ascending
 * @n: how many
 * @cursors: (out caller-allocates) (array length=n): the quote cursor for
 *   each of @first_sentences
 *
 * Where the quote cursor of a scan stands at each of @first_sentences, for
 * qc_mentions_scan_from(): one walk over the sentences for all of them.
 */
void
qc_mentions_quote_cursors (const QcText *text,
                           const GArray *quotes,
                           const guint  *first_sentences,
                           guint         n,
                           guint        *cursors)
{
  const QcRange *sentences;
  const QcQuote *q = NULL;
  guint n_sentences;
  guint n_quotes = 0;
  guint qi = 0;
  guint si = 0;

  g_return_if_fail (text != NULL);
  g_return_if_fail (n == 0 || (first_sentences != NULL && cursors != NULL));

  sentences = qc_text_get_sentences (text, &n_sentences);
  if (quotes != NULL)
    {
      q = (const QcQuote *) (gpointer) quotes->data;
      n_quotes = quotes->len;
    }
  for (guint k = 0; k < n; k++)
    {
      guint target = MIN (first_sentences[k], n_sentences);

      g_return_if_fail (k == 0 || first_sentences[k] >= first_sentences[k - 1]);
      for (; si < target; si++)
        skip_sentence_quotes (sentences[si].start, sentences[si].end, q, n_quotes, &qi);
      cursors[k] = qi;
    }
}

/**
 * qc_mentions_scan_from:
 * @text: the article
 * @quotes: (element-type QcQuote) (nullable): the quotes of @text
 * @first_sentence: the first sentence to look at
 * @end_sentence: one past the last
 * @quote_cursor: the quote cursor at @first_sentence, from
 *   qc_mentions_quote_cursors()
 *
 * qc_mentions_scan() with the walk to @first_sentence done already.
 *
 * Returns: (transfer full) (element-type QcMention): the mentions
 */
GArray *
qc_mentions_scan_from (const QcText *text,
                       const GArray *quotes,
                       guint         first_sentence,
                       guint         end_sentence,
                       guint         quote_cursor)
{
  GArray *mentions;
  g_autofree Scan *s = NULL;
  g_autofree LexIndex *lex = NULL;
  const QcRange *sentences;
  const QcRange *paragraphs;
  guint n_sentences;
  guint n_paragraphs;
  guint pi = 0;
  guint qi = quote_cursor;
  const QcQuote *q = NULL;
  guint n_quotes = 0;
  gint titlecase_para = -1;

  g_return_val_if_fail (text != NULL, NULL);

  mentions = g_array_new (FALSE, TRUE, sizeof (QcMention));
  sentences = qc_text_get_sentences (text, &n_sentences);
  paragraphs = qc_text_get_paragraphs (text, &n_paragraphs);
  end_sentence = MIN (end_sentence, n_sentences);
  if (first_sentence >= end_sentence)
    return mentions;

  s = g_new (Scan, 1);
  lex = g_new (LexIndex, 1);
  lex_index_build (lex);
  s->lex = lex;
  s->data = qc_text_get_data (text);
  s->length = qc_text_get_length (text);
  s->mentions = mentions;
  s->titlecase = -1;
  if (quotes != NULL)
    {
      q = (const QcQuote *) (gpointer) quotes->data;
      n_quotes = quotes->len;
    }

  /* a quote may run on from one sentence into the next: the cursor is
   * where the earlier sentences left it */
  qi = MIN (qi, n_quotes);

  for (guint si = first_sentence; si < end_sentence; si++)
    {
      const QcRange *r = &sentences[si];

      while (pi + 1 < n_paragraphs && paragraphs[pi].end <= r->start)
        pi++;
      if ((gint) pi != titlecase_para && pi < n_paragraphs)
        {
          titlecase_para = pi;
          s->titlecase = -1;
          s->para_start = paragraphs[pi].start;
          s->para_end = paragraphs[pi].end;
        }
      scan_sentence (s, r->start, r->end, q, n_quotes, &qi);
    }

  return mentions;
}

/**
 * qc_mentions_link:
 * @text: the article
 * @mentions: (element-type QcMention): all its mentions from
 *   qc_mentions_scan(), in text order
 *
 * Links the mentions of one entity through #QcMention.entity.
 */
void
qc_mentions_link (const QcText *text,
                  GArray       *mentions)
{
  g_return_if_fail (text != NULL);
  g_return_if_fail (mentions != NULL);

  link_entities (qc_text_get_data (text), mentions);
}

/**
 * qc_mentions_find:
 * @text: the article
 * @quotes: (element-type QcQuote) (nullable): the quotes, whose text is
 *   skipped (names inside quotes are not speakers)
 *
 * Finds the candidate speakers of @text in the writer's own words: names
 * with their honorifics, titles and appositions, organisations, nominals
 * and the pronouns of speech cues ("he said", "his claim"), and links the
 * mentions of one entity through #QcMention.entity. Linear in the length
 * of the text.
 *
 * Returns: (transfer full) (element-type QcMention): the mentions, sorted
 *   by @start, byte offsets
 */
GArray *
qc_mentions_find (const QcText *text,
                  const GArray *quotes)
{
  GArray *mentions;

  g_return_val_if_fail (text != NULL, NULL);

  mentions = qc_mentions_scan (text, quotes, 0, G_MAXUINT);
  qc_mentions_link (text, mentions);
  return mentions;
}
