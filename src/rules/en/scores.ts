// Game scores (annotation guidelines §1): on a page whose sport is known, each side of a score
// (`beat the Rockets 112-111`, `a 60-51 lead`, `ahead 5-1`) is a count in the sport's unit. The
// sport comes from the page (its league or the words of its game); a page that names none keeps
// its scores out of the claims (the `game-score` non-claim rule), as the unit would be a guess.

export interface ScoreSportRule {
  id: string;
  /** The league, the sport or words only its games use, as a page writes them. */
  pattern: RegExp;
  /** What a side of the score counts. */
  unit: string;
  example: string;
}

/** The first rule whose pattern the page matches gives the unit. */
export const scoreSports: ScoreSportRule[] = [
  { id: 'score-basketball', pattern: /\bW?NBA\b|\bbasketball\b|\b3-pointers?\b|\bfree throws?\b|\brebounds\b/, unit: 'points', example: 'The NBA side beat the Rockets 112-111 on Tuesday.' },
  { id: 'score-american-football', pattern: /\bNFL\b|\bSuper Bowl\b|\btouchdowns?\b|\bquarterback\b/, unit: 'points', example: 'The NFL side beat the Jets 24-17 on Sunday.' },
  { id: 'score-baseball', pattern: /\bMLB\b|\bMajor League Baseball\b|\bbaseball\b|\bhome runs?\b|\bRBIs?\b|\bpitcher\b/, unit: 'runs', example: 'The baseball club beat the Rockies 7-4 on Sunday.' },
  { id: 'score-ice-hockey', pattern: /\bNHL\b|\bhockey\b|\bStanley Cup\b/, unit: 'goals', example: 'The NHL club beat the Bruins 3-2 on Saturday.' },
  { id: 'score-football', pattern: /\bPremier League\b|\bLa Liga\b|\bBundesliga\b|\bSerie A\b|\bChampions League\b|\bMLS\b|\bsoccer\b|\bWorld Cup\b/, unit: 'goals', example: 'The Premier League side beat Everton 2-1 on Saturday.' },
];

/** Sports whose scores are no pair of counts of one thing: cricket (`245-6` is runs for wickets), tennis (sets of games). */
const OTHER_SCORES = /\bcricket\b|\bwickets?\b|\btennis\b|\bATP\b|\bWTA\b/;

/** The unit a side of a score counts on this page, or null when the page names no sport. */
export function scoreUnitOf(text: string): ScoreSportRule | null {
  if (OTHER_SCORES.test(text)) return null;
  return scoreSports.find((rule) => rule.pattern.test(text)) ?? null;
}

const SIDES = '(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})\\b';
/** A side's name in a result line: words in title case (`Man City`, `Crystal Palace`, `Brighton & Hove`). */
const SIDE_NAME = "[A-Z][\\w.’'&-]*";
/**
 * Where two numbers joined by a dash are a score: after a verb of the result or the lead (`beat
 * the Houston Rockets 112-111`, `led 93-80`, `ahead 100-99`, `lead to 110-109`), or before a
 * noun of one (`a 60-51 lead`, `7-4, come-from-behind victory`), or between the two sides' names
 * on a result line of their own (`Man City 4-1 Man United`). A series standing (`a 3-1 series
 * lead`) counts games, not the game's unit, and is left out.
 */
export const SCORE_PATTERN = new RegExp(
  `\\b(?:beat|beats|beating|defeated|defeats|edged|edges|routed|downed|won|wins|lost|loses|fell|falls|drew|tied|led|leads|leading|trailed|trails|trailing|ahead|down|behind|(?:lead|deficit|margin|advantage|edge)\\sto)\\s(?:(?:the\\s)?[A-Z][\\w.’'-]*\\s){0,4}(?:by\\s)?${SIDES}(?!\\s(?:series|in\\sthe\\sseries))` +
    `|\\b${SIDES}(?=,?\\s(?:[\\w-]+\\s){0,2}(?:win|victory|loss|defeat|draw|tie|lead|advantage|deficit|halftime\\slead)\\b)(?!,?\\s(?:[\\w-]+\\s){0,2}series)` +
    // A result line between the two sides' names: `Man City 4-1 Man United`.
    `|(?<=(?:^|[\\n.;:]\\s?)(?:${SIDE_NAME}\\s){1,4})${SIDES}(?=\\s${SIDE_NAME}(?:\\s${SIDE_NAME}){0,3}\\s*(?:$|[\\n.;,]))`,
  'g',
);

/** A line that is one game's result and nothing else (`Man City 4-1 Man United`): a score, not a headline. */
export const RESULT_LINE = new RegExp(`^(?:${SIDE_NAME}\\s){1,4}\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\s${SIDE_NAME}(?:\\s${SIDE_NAME}){0,3}$`, 'u');
