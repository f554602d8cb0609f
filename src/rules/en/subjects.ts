// Word lists the English subject finder (src/core/en/subjects.ts) reads, each with the kind of
// sentence it is for. Tested by the subject table in test/extract-english.test.ts.

/**
 * Words that make a duration a window of time rather than a thing measured: `over the next two
 * years`, `in the last 12 months`, `the past three years`. Such a duration has no subject
 * (guidelines §3: null when the text does not say what is measured); `over five years` without
 * them keeps the programme it spans.
 */
export const TIME_WINDOW_WORDS = new Set(['next', 'last', 'past', 'previous', 'coming', 'following', 'first', 'remaining']);

/**
 * Verbs whose object a change written `by N` is of, beside the verbs of rise and fall:
 * `surpassing last year's total miles of roadway paved by 11%`, `growing its location by 10,000
 * square feet`, `reduce production by 500,000 barrels per day`.
 */
export const BY_OBJECT_VERBS = new Set(['surpass', 'surpassed', 'surpasses', 'surpassing', 'exceed', 'exceeded', 'exceeds', 'exceeding', 'outpace', 'outpaced', 'outpacing', 'beat', 'beating', 'trim', 'trimmed', 'trimming', 'shrink', 'shrinking', 'enlarge', 'enlarged', 'enlarging']);

/**
 * Verbs that report what a clause after `that` says: `Gov. Beshear announced that GE Appliances
 * will invest $450 million` measures what GE Appliances invests; the clause after `that` has a
 * subject of its own.
 */
export const REPORTING_VERBS = new Set(['said', 'says', 'say', 'announced', 'announces', 'announce', 'reported', 'reports', 'report', 'show', 'shows', 'showed', 'shown', 'found', 'finds', 'noted', 'notes', 'estimated', 'estimates', 'expects', 'expected', 'confirmed', 'confirms', 'revealed', 'reveals', 'stated', 'states', 'indicated', 'indicates', 'added', 'explained', 'believes', 'predicted', 'predicts', 'projected', 'projects', 'warned', 'warns', 'calculates', 'calculated', 'forecasts', 'forecast', 'suggests', 'suggested']);

/**
 * Nouns that count occurrences of the thing named after `of`: `98 cases of shootings`, `49 reports of
 * larceny`, `830 reported instances of theft from a vehicle`, and as a clause's subject `Cases of measles rose to 40`.
 * What is measured is the shootings, not the cases (guidelines §3, the noun phrase naming what is measured).
 */
export const OCCURRENCE_NOUNS = new Set(['cases', 'case', 'reports', 'report', 'instances', 'instance', 'incidents', 'incident', 'incidences', 'episodes', 'occurrences', 'counts']);

/** Participles that report a clause after `that` as the verbs do: `data published by the office showing that the Live Register fell`. */
export const REPORTING_PARTICIPLES = new Set(['showing', 'saying', 'adding', 'noting', 'indicating', 'revealing', 'confirming', 'suggesting', 'estimating']);

/**
 * Plural nouns of groups of people: a whole number given for one in brackets is a count of
 * people (`Employment rose among core-aged women (+43,000; +0.7%)`).
 */
export const PEOPLE_GROUP_NOUNS = new Set(['women', 'men', 'people', 'persons', 'adults', 'youths', 'youth', 'workers', 'employees', 'residents', 'immigrants', 'seniors', 'teenagers', 'graduates', 'students', 'households', 'families']);

/**
 * Verbs that state a quantity, which compromise often reads as nouns in a short clause (`Revenue
 * hit £12.4m`, `Gold rose to $1,850`, `The car emits 120 g/km`): right before a number (or `to`,
 * `by`, `at` and a number) and after a noun, such a word is the clause's verb, so the noun before it
 * is the subject and not a compound with it.
 */
export const QUANTITY_VERBS = new Set(['hit', 'hits', 'rose', 'rises', 'fell', 'falls', 'emits', 'emitted', 'starts', 'started', 'tops', 'topped', 'costs', 'cost', 'totals', 'totaled', 'totalled', 'reached', 'reaches', 'earned', 'earns', 'grossed', 'grosses', 'gained', 'gains', 'lost', 'loses', 'posted', 'posts', 'paid', 'pays', 'raised', 'raises', 'spent', 'spends', 'climbed', 'climbs', 'jumped', 'jumps', 'dropped', 'drops', 'slid', 'slides', 'slipped', 'slips', 'surged', 'surges', 'soared', 'soars', 'plunged', 'plunges', 'sank', 'sinks', 'stood', 'stands', 'averaged', 'averages', 'generated', 'generates', 'produced', 'produces', 'sold', 'sells', 'weighs', 'weighed', 'measures', 'measured', 'employs', 'employed', 'lasted', 'lasts', 'grew', 'grows', 'increased', 'increases', 'decreased', 'decreases', 'declined', 'declines', 'dipped', 'dips', 'edged', 'edges', 'eased', 'eases', 'tumbled', 'tumbles', 'rebounded', 'rebounds', 'returned', 'returns', 'yielded', 'yields', 'attracted', 'attracts', 'drew', 'draws', 'fetched', 'fetches', 'owes', 'owed', 'saved', 'saves', 'exceeded', 'exceeds', 'surpassed', 'surpasses',
  // The forms after a plural subject: `farm rents stand at £190`, `sales total $5 million`.
  'stand', 'total', 'reach', 'average', 'rise', 'fall', 'climb', 'grow', 'jump', 'drop', 'increase', 'decrease', 'decline', 'dip', 'ease', 'gain', 'slip', 'surge', 'soar', 'plunge', 'exceed', 'top',
  // Rates that change speed: `inflation decelerated to 1.9 percent`, `growth slowed to 5.5%`.
  'decelerated', 'decelerates', 'accelerated', 'accelerates', 'slowed', 'slows', 'quickened', 'moderated', 'softened', 'widened', 'narrowed', 'shrank', 'contracted', 'expanded']);

/**
 * Plural nouns of markets and statistics that compromise reads as verbs after a noun (`Home prices
 * in the city rose`, `Oil exports to China fell`): after a noun and before a preposition they are
 * the head of the subject. (Before the clause's verb any word in -s is, see find-numbers.ts.)
 */
export const PLURAL_NOUNS_READ_AS_VERBS = new Set(['prices', 'shares', 'costs', 'rates', 'rents', 'exports', 'imports', 'profits', 'returns', 'yields', 'sales', 'wages', 'funds', 'bonds', 'stocks', 'loans', 'deposits', 'claims', 'orders', 'shipments', 'earnings', 'revenues', 'deaths', 'cases', 'jobs', 'bills', 'fees', 'taxes', 'tariffs', 'payments', 'outflows', 'inflows']);

/**
 * A player's or a team's statistics in a game report (`Gaudreau has eight goals and 11 assists`,
 * `Andersen made 27 saves`, `City’s 18 shots`): on a page about a league, such a count is of the
 * player or team named as its clause's subject or as its owner (guidelines §3, the side that
 * scored), not of the statistic's noun; `He has 97 goals`, which names no one, keeps the noun.
 * The head noun as the count grammar reads it (`free throws` → `throws`, `3-pointers` → `pointers`).
 */
export const GAME_STATISTIC_NOUNS = new Set(['goals', 'assists', 'rebounds', 'boards', 'saves', 'shots', 'passes', 'tackles', 'steals', 'blocks', 'turnovers', 'throws', 'pointers', 'touchdowns', 'yards', 'strikeouts', 'shutouts', 'attempts', 'interceptions', 'sacks', 'receptions']);

/**
 * A party's or a candidate's result on a page about an election (`the Conservatives took 306
 * seats`, `the ANC has only got 40.19% of the total vote`): seats and votes won, and a share of the
 * vote, are of the party or candidate named as the clause's subject, as a game statistic is of
 * its player (guidelines §3: what is measured is that party's result, not `seats`); a common noun
 * (`the party obtained 1.5 million votes`) keeps the noun. The head noun as the count grammar reads it.
 */
export const ELECTION_RESULT_NOUNS = new Set(['seats', 'seat', 'votes', 'vote', 'ballots', 'delegates', 'mandates']);

/** A page reporting an election: its seats and votes are results of the parties and candidates it names. */
export const ELECTION_PAGE = /\b(?:elections?|electoral|by-elections?|polling\s+stations?)\b/i;

/**
 * Verbs of having or counting that a clause repeats with a bare figure, leaving out the noun of the
 * count before it: `Cork had 43 patients on trolleys, while Tallaght had 41`. The figure counts what
 * that count counts (its unit: GAPPED_COUNT_VERBS, read by inheritCounts) and measures the same
 * thing (its subject: HAVING_VERBS, read by pairedCount, which also takes the present tense and `logged`).
 */
export const GAPPED_COUNT_VERBS = ['had', 'has', 'have', 'recorded', 'reported', 'registered', 'counted', 'saw'];
export const HAVING_VERBS = new Set([...GAPPED_COUNT_VERBS, 'records', 'reports', 'counts', 'sees', 'registers', 'logged', 'logs']);
