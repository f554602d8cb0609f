// The English extractor on sentences written for these tests: one row per phrase with the
// value, unit, kind and approx it must give, then the things that must not be claims, then
// ranges, changes, subjects, times and offsets. End to end through the library API.
import { describe, expect, it } from 'vitest';
import { extractFromHtml, extractFromText, type Claim } from '../src/index.js';
import { currencyRegions, currencyRegionSources } from '../src/rules/en/units.js';

const PUBLISHED = '2021-06-15';

function extract(sentence: string, publishedAt: string | null = PUBLISHED) {
  return extractFromText(sentence, { publishedAt });
}

function claimOf(sentence: string, span: string, publishedAt: string | null = PUBLISHED): Claim {
  const claims = extract(sentence, publishedAt).claims;
  const claim = claims.find((c) => c.text === span);
  if (!claim) throw new Error(`no claim "${span}" in ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
}

describe('numbers, scales, currencies, percent and units', () => {
  it.each([
    // sentence, span, value, unit, kind, approx
    ['The city served 1,200 households in 2020.', '1,200 households', 1200, 'households', 'count', 'eq'],
    ['The fund holds $13.8 million for repairs.', '$13.8 million', 13.8e6, 'USD', 'money', 'eq'],
    ['The county adopted a $1.2bn budget.', '$1.2bn', 1.2e9, 'USD', 'money', 'eq'],
    ['Ridership reached 2.5 billion trips.', '2.5 billion trips', 2.5e9, 'trips', 'count', 'eq'],
    ['The state will invest US$45 million in ports.', 'US$45 million', 45e6, 'USD', 'money', 'eq'],
    ['The region received €40 million in grants.', '€40 million', 40e6, 'EUR', 'money', 'eq'],
    ['The council approved £1.5m for libraries.', '£1.5m', 1.5e6, 'GBP', 'money', 'eq'],
    ['Each visit costs 25 cents.', '25 cents', 0.25, 'USD', 'money', 'eq'],
    ['The tax rate rose 3.5% this year.', '3.5%', 3.5, '%', 'percent', 'eq'],
    ['Turnout was 3.5 percent lower than expected.', '3.5 percent', 3.5, '%', 'percent', 'eq'],
    ['The jobless rate fell 0.3 percentage points in May.', '0.3 percentage points', 0.3, 'pp', 'percent', 'eq'],
    ['Volunteers planted two thousand trees along the river.', 'two thousand trees', 2000, 'trees', 'count', 'eq'],
    ['The festival drew half a million visitors.', 'half a million visitors', 5e5, 'visitors', 'count', 'eq'],
    ['The district hired forty-two teachers.', 'forty-two teachers', 42, 'teachers', 'count', 'eq'],
    ['About one-third of residents rent their homes.', 'one-third', 1 / 3, null, 'number', 'approx'],
    ['Two-thirds of the land is farmland.', 'Two-thirds', 2 / 3, null, 'number', 'eq'],
    ['One in four children lives near a park.', 'One in four', 0.25, null, 'number', 'eq'],
    ['The park covers 38 acres near the lake.', '38 acres', 38, 'acre', 'measure', 'eq'],
    ['Crews paved 12 miles of road.', '12 miles', 12, 'mi', 'measure', 'eq'],
    ['The plant is a 45,000-square-foot building.', '45,000-square-foot', 45000, 'ft2', 'measure', 'eq'],
    ['Crews removed 40 tons of debris.', '40 tons', 40, 'ton', 'measure', 'eq'],
    ['The reservoir holds 2 million gallons of water.', '2 million gallons', 2e6, 'gal', 'measure', 'eq'],
    ['The panels generate 1.2 million kWh a year.', '1.2 million kWh', 1.2e6, 'kWh', 'measure', 'eq'],
    ['The shelter added a 120-bed wing.', '120-bed', 120, 'beds', 'count', 'eq'],
    ['Repairs will take 18 months to finish.', '18 months', 18, 'month', 'measure', 'eq'],
    ['The program serves people aged 65 and older.', '65', 65, 'age', 'measure', 'gte'],
    ['Exports grew three times faster than imports.', 'three times', 3, 'x', 'number', 'eq'],
    ['The index stood at 131.9 in March.', '131.9', 131.9, null, 'number', 'eq'],
    // A share written with an article, after `by` or a qualifier, or before `of`.
    ['Burglaries have fallen by a third since 2019.', 'a third', 1 / 3, null, 'number', 'eq'],
    ['Nearly a fifth of bridges need repair.', 'a fifth', 0.2, null, 'number', 'approx'],
    ['A quarter of households rent their homes.', 'A quarter', 0.25, null, 'number', 'eq'],
    // A share with its noun inside: `one resident in four`.
    ['Today one resident in four uses the library.', 'one resident in four', 0.25, null, 'number', 'eq'],
    // `out of` for `in`.
    ['By 2030, two out of three new jobs will need a degree.', 'two out of three', 2 / 3, null, 'number', 'eq'],
    ['Crews repaired 12 out of 16 bridges this year.', '12 out of 16', 0.75, null, 'number', 'eq'],
    // A degree adverb before the adjective does not hide the noun counted.
    ['The fair will host two particularly exciting events.', 'two particularly exciting events', 2, 'events', 'count', 'eq'],
    ['The plant will add 40 highly skilled jobs.', '40 highly skilled jobs', 40, 'jobs', 'count', 'eq'],
    // Multiples written as words, like 翻一番.
    ['Ridership more than doubled after the fare cut.', 'doubled', 2, 'x', 'number', 'gt'],
    ['Library visits tripled over the summer.', 'tripled', 3, 'x', 'number', 'eq'],
    ['The program aims to double its reach.', 'double', 2, 'x', 'number', 'eq'],
    // Counted nouns after hyphenated modifiers, hyphenated to the number, or written once for a list.
    ['The city will open three new bike-and-ride hubs.', 'three new bike-and-ride hubs', 3, 'hubs', 'count', 'eq'],
    ['The district is building a 900-place primary school.', '900-place', 900, 'places', 'count', 'eq'],
    ['The county maintains 80 paved and 25 gravel roads.', '80', 80, 'roads', 'count', 'eq'],
    ['The network has 45 clinics: 30 rural, 12 urban and three mobile clinics.', '12', 12, 'clinics', 'count', 'eq'],
    ['The port added 6 all-electric ferries.', '6 all-electric ferries', 6, 'ferries', 'count', 'eq'],
    ['The agency employs 1,200 full-time and 300 part-time staff.', '1,200', 1200, 'staff', 'count', 'eq'],
    ['The clinic reported 2 cases in 10 days.', '2 cases', 2, 'cases', 'count', 'eq'],
    // Ages after a people noun with a qualifier.
    ['Rides are free for seniors 65 and older.', '65', 65, 'age', 'measure', 'gte'],
    ['Entry is free for children under 6.', '6', 6, 'age', 'measure', 'lt'],
    ['The course is open to adults over 50 and teens aged 13 to 17.', '50', 50, 'age', 'measure', 'gt'],
    // A decimal comma before a percent sign, as Statistics South Africa writes it beside space-grouped thousands.
    ['Arrivals dropped by 0,6% from 802 252 in February.', '0,6%', 0.6, '%', 'percent', 'eq'],
    ['Prices rose 12,3 per cent in the year.', '12,3 per cent', 12.3, '%', 'percent', 'eq'],
    // A percent whose sign was written after its brackets.
    ['Inflation rose 0.87 per cent in May, above the rate recorded in April (0.85) per cent.', '0.85', 0.85, '%', 'percent', 'eq'],
  ] as const)('%s → %s', (sentence, span, value, unit, kind, approx) => {
    const claim = claimOf(sentence, span);
    expect(claim.value).toBeCloseTo(value, 9);
    expect(claim.unit).toBe(unit);
    expect(claim.kind).toBe(kind);
    expect(claim.approx).toBe(approx);
    expect(claim.lang).toBe('en');
  });
});

describe('the unit catalogue and the number grammar', () => {
  it.each([
    // sentence, span, value, unit, kind
    // Decades and centuries are counted in years.
    ['The number of centenarians will quadruple over the next three decades.', 'three decades', 30, 'year', 'measure'],
    ['The bridge carried traffic for two centuries.', 'two centuries', 200, 'year', 'measure'],
    // Currencies: ISO codes with their signs, names and prefixed forms; Indian scales.
    ['The lender reported a profit of Rs 12,500 crore for the year.', 'Rs 12,500 crore', 1.25e11, 'INR', 'money'],
    ['The fund raised INR1 trillion from investors.', 'INR1 trillion', 1e12, 'INR', 'money'],
    ['The bank set aside USD10m for the project.', 'USD10m', 1e7, 'USD', 'money'],
    ['The bond paid $US400 million to holders.', '$US400 million', 4e8, 'USD', 'money'],
    ['The airline bought jets worth HK$3.2 billion.', 'HK$3.2 billion', 3.2e9, 'HKD', 'money'],
    ['The ministry spent ¥500 billion on bonds.', '¥500 billion', 5e11, 'JPY', 'money'],
    ['The output was worth RMB 3.2 billion last year.', 'RMB 3.2 billion', 3.2e9, 'CNY', 'money'],
    ['The state won contracts of RM2.5bn for rail.', 'RM2.5bn', 2.5e9, 'MYR', 'money'],
    ['The toll rose by 20 sen a trip.', '20 sen', 0.2, 'MYR', 'money'],
    ['The cooperative earned 12 million yuan from tea.', '12 million yuan', 1.2e7, 'CNY', 'money'],
    ['The deal was valued at 5 million USD in total.', '5 million USD', 5e6, 'USD', 'money'],
    // Letters that are a sign only before an amount: the rand's `R`, the shilling's `Sh`.
    ['Tax revenue came in at R1.35 trillion for the year.', 'R1.35 trillion', 1.35e12, 'ZAR', 'money'],
    ['The utility owes suppliers R12,400 in fees.', 'R12,400', 12400, 'ZAR', 'money'],
    ['The county spent Sh4.8 billion on roads.', 'Sh4.8 billion', 4.8e9, 'KES', 'money'],
    // Any scale of the scales table, glued or apart, makes the letter a currency's sign.
    ['The municipality owes Eskom R500k in arrears.', 'R500k', 5e5, 'ZAR', 'money'],
    ['The fiscus lost R3trn over the decade.', 'R3trn', 3e12, 'ZAR', 'money'],
    ['The department spent R5 bn on water.', 'R5 bn', 5e9, 'ZAR', 'money'],
    ['Of the Sh250 billion, counties got a fifth.', 'Sh250 billion', 2.5e11, 'KES', 'money'],
    ['Farmers were paid Kshs 350 million for milk.', 'Kshs 350 million', 3.5e8, 'KES', 'money'],
    // The noun counted after an acronym (in capitals or with dots) or two modifiers joined by `and`/`or`.
    ['The island welcomed 640,000 MICE visitors in the year.', '640,000 MICE visitors', 640000, 'visitors', 'count'],
    ['About 450 U.S. soldiers left the base.', '450 U.S. soldiers', 450, 'soldiers', 'count'],
    ['The college trained 1,300 new and returning teachers.', '1,300 new and returning teachers', 1300, 'teachers', 'count'],
    ['The study enrolled 210 overweight or obese adults.', '210 overweight or obese adults', 210, 'adults', 'count'],
    // Scales glued or apart, Indian grouping and space-grouped thousands.
    ['The app has 25k daily users.', '25k daily users', 25000, 'users', 'count'],
    ['The video reached 10M views in a week.', '10M views', 1e7, 'views', 'count'],
    ['The fair drew 1.2m visitors this summer.', '1.2m visitors', 1.2e6, 'visitors', 'count'],
    ['The cartel pumped 2m barrels a day.', '2m barrels', 2e6, 'bbl', 'measure'],
    ['She won the 100m sprint.', '100m', 100, 'm', 'measure'],
    ['The field holds 10 bln barrels of oil.', '10 bln barrels', 1e10, 'bbl', 'measure'],
    ['The state hosted 35 lakh tourists.', '35 lakh tourists', 3.5e6, 'tourists', 'count'],
    ['Exports reached Rs 1,44,372 crore.', 'Rs 1,44,372 crore', 1.44372e12, 'INR', 'money'],
    ['Growers crushed 635 526 tonnes of canola.', '635 526 tonnes', 635526, 't', 'measure'],
    ['The hall seats 40 000 people.', '40 000 people', 40000, 'people', 'count'],
    // A comma and a space between thousands (`34, 850`), but never in a list of numbers.
    ['Petrol now sells at 34, 850 cedis a gallon.', '34, 850 cedis', 34850, 'GHS', 'money'],
    ['About 660, 000 students sat the examination.', '660, 000 students', 660000, 'students', 'count'],
    ['The three teams scored 85, 120 and 140 points.', '120', 120, null, 'number'],
    ['The readings were 12, 345, 678 on the three gauges.', '345', 345, null, 'number'],
    ['In the 2024-25 Q2, 437 debtor applications were made.', '437 debtor applications', 437, 'applications', 'count'],
    // Signs: a negative level; a change in brackets keeps its size and takes its direction from the sign.
    ['The balance moved from -1.1 per cent to -1.6 per cent.', '-1.1 per cent', -1.1, '%', 'percent'],
    ['Readings fell to minus 5 degrees overnight.', 'minus 5 degrees', -5, '°F', 'measure'],
    ['The margin of error is plus or minus 0.6 percentage points.', '0.6 percentage points', 0.6, 'pp', 'percent'],
    ['Inflation eased by 0.06 per cent point in the month.', '0.06 per cent point', 0.06, 'pp', 'percent'],
    // SI with prefixes, imperial and US units, temperature, data, frequency, power, torque, pressure, speed.
    ['Rain totals reached 1.08 inches at the airport.', '1.08 inches', 1.08, 'in', 'measure'],
    ['Less than 1.0mm of rain fell in the month.', '1.0mm', 1, 'mm', 'measure'],
    ['The mean temperature was 17.2C, the highest on record.', '17.2C', 17.2, '°C', 'measure'],
    ['Highs of 95°F are expected.', '95°F', 95, '°F', 'measure'],
    ['The average user downloads 258 gigabytes a month.', '258 gigabytes', 258, 'GB', 'measure'],
    ['The phone ships with 208GB of storage.', '208GB', 208, 'GB', 'measure'],
    ['The chip runs at 2.4 GHz under load.', '2.4 GHz', 2.4, 'GHz', 'measure'],
    ['The motor makes 394 horsepower and 512 pound-feet of torque.', '394 horsepower', 394, 'hp', 'measure'],
    ['The motor makes 394 horsepower and 512 pound-feet of torque.', '512 pound-feet', 512, 'lb-ft', 'measure'],
    ['The tyres run at 35 psi when cold.', '35 psi', 35, 'psi', 'measure'],
    ['The road is limited to 80km/h near schools.', '80km/h', 80, 'km/h', 'measure'],
    ['The hybrid is rated at 52 mpg on the highway.', '52 mpg', 52, 'mpg', 'measure'],
    ['New cars emit 95 g/km of carbon dioxide.', '95 g/km', 95, 'g', 'measure'],
    ['Carbon dioxide reached 420 ppm this spring.', '420 ppm', 420, 'ppm', 'measure'],
    ['The farm will produce 150 MW of power on 2000 acres.', '2000 acres', 2000, 'acre', 'measure'],
    ['The mill will make 24 million mt of steel.', '24 million mt', 2.4e7, 't', 'measure'],
    ['The cartel pumped 29.86 million barrels per day.', '29.86 million barrels', 2.986e7, 'bbl', 'measure'],
    ['The car reaches 60 mph in 4.5 seconds.', '4.5 seconds', 4.5, 'second', 'measure'],
    ['Employment fell for two consecutive months.', 'two consecutive months', 2, 'month', 'measure'],
    ['Crews will pave 39 more miles by winter.', '39 more miles', 39, 'mi', 'measure'],
    ['The storm dropped at least an inch of rain.', 'an inch', 1, 'in', 'measure'],
    ['The office expanded to 54,000 square feet.', '54,000 square feet', 54000, 'ft2', 'measure'],
    // Spoken decimals, mixed fractions, `and a half`, dozens, multiples in one word, ranges sharing a word scale.
    ['The tank holds two point five litres.', 'two point five litres', 2.5, 'L', 'measure'],
    ['A hundred and fifty people signed the petition.', 'A hundred and fifty people', 150, 'people', 'count'],
    ['The new trail runs 10 1/2 miles along the river.', '10 1/2 miles', 10.5, 'mi', 'measure'],
    ['The rebuild took two and a half years.', 'two and a half years', 2.5, 'year', 'measure'],
    ['The farm sold 3 dozen eggs and three dozen apples.', 'three dozen apples', 36, 'apples', 'count'],
    ['Exports grew sixfold over the decade.', 'sixfold', 6, 'x', 'number'],
    ['The plant employs four to five thousand workers.', 'four to five thousand workers', 4000, 'workers', 'count'],
    // The plural of a product's or an acronym's name is what is counted, written as the name is.
    ['The company shipped 18 million iPads in the year.', '18 million iPads', 1.8e7, 'iPads', 'count'],
    ['The carmaker recalled 40,000 SUVs over a brake fault.', '40,000 SUVs', 40000, 'SUVs', 'count'],
    // Index points count; points of a rate are percentage points; basis points stay basis points.
    ['The FTSE 100 fell 40 points on Monday.', '40 points', 40, 'points', 'count'],
    ['The jobless rate rose 0.3 points in May.', '0.3 points', 0.3, 'pp', 'percent'],
    ['The bank cut its rate by 25 basis points.', '25 basis points', 25, 'bp', 'percent'],
    // The level a spread reaches after a move in basis points is in basis points.
    ['The bond spread widened by 12 basis points to 245.', '245', 245, 'bp', 'percent'],
    // An exchange rate quoted for one currency against another, the currency named first in the sentence or in the singular.
    ['Ringgit weakened against the dollar to 4.1250 in early trade.', '4.1250', 4.125, 'MYR', 'money'],
    ['The Kenyan shilling traded at 129.4 against the US dollar.', '129.4', 129.4, 'KES', 'money'],
    // Ranges sharing a unit written once, with a hanging hyphen.
    ['Forecasters expect two- to five-inch totals.', 'two- to five-inch', 2, 'in', 'measure'],
    // Shares and multiples in words; ages after a name or in `N-year-old`.
    ['More than half the jobs returned.', 'half', 0.5, null, 'number'],
    ['The mill is double the size first planned.', 'double', 2, 'x', 'number'],
    // `twice` compares sizes before what it compares; `met twice` is no multiple.
    ['There are twice as many applicants as places this year.', 'twice', 2, 'x', 'number'],
    ['Crime here is twice the national average.', 'twice', 2, 'x', 'number'],
    // A number in words that is a part of a count written next counts what the count counts.
    ['Eleven of 16 industries reported growth in May.', 'Eleven', 11, 'industries', 'count'],
    ['Twelve of the 40 schools closed for the storm.', 'Twelve', 12, 'schools', 'count'],
    ['Cubs manager Joe Maddon, 66, said the team was ready.', '66', 66, 'age', 'measure'],
    ['The 21-year-old center signed a new deal.', '21-year-old', 21, 'age', 'measure'],
    ['Crews repaired a 50-year-old bridge.', '50-year', 50, 'year', 'measure'],
    // The age standing for the person (`The 24-year-old has`), and an age range before its people.
    ['The 24-year-old has signed for two seasons.', '24-year-old', 24, 'age', 'measure'],
    ['The channel won the 25-54 year-old audience in prime time.', '25-54 year-old', 25, 'age', 'measure'],
    ['The show drew 18-39 year old viewers.', '18-39 year old', 18, 'age', 'measure'],
    // An index's level after a move in points is in points; points restating a per cent change are the index's.
    ['The Hang Seng rose 212.5 points, or 1.1%, to close at 19,630.2.', '19,630.2', 19630.2, 'points', 'count'],
    ['The TSX slipped 0.4% or 88.3 points to 21,904.', '88.3 points', 88.3, 'points', 'count'],
    ['The ASX 200 added 31 points to reach a record of 7,950.4.', '7,950.4', 7950.4, 'points', 'count'],
    // A move in points after the index's level in points, restated in per cent after `or`, is in the index's points.
    ['The main index closed at 10,072.38 points at the end of a quiet session of trading, adding 158.26 points or 1.6 percent.', '158.26 points', 158.26, 'points', 'count'],
    ['The benchmark ended at 7,120 points, down 45 points or 0.6%.', '45 points', 45, 'points', 'count'],
    // A bare number after `of which` or `of whom` is a part of the count before it.
    ['Around 9,400 houses were damaged, of which 7,120 are partially damaged.', '7,120', 7120, 'houses', 'count'],
    ['The clinic saw 260 patients, of whom 41 needed surgery.', '41', 41, 'patients', 'count'],
    // A bare base of a comparison dated after it, or by a possessive, counts what its pair counts.
    ['Police logged 412 reported burglaries, compared to 390 last year.', '390', 390, 'burglaries', 'count'],
    ['Clinics treated 77 new patients, down from last year’s 81.', '81', 81, 'patients', 'count'],
    ['Police logged 2,114 reported burglaries in the first half, in comparison to last year’s 2,390.', '2,390', 2390, 'burglaries', 'count'],
    ['The shelter took in 412 dogs over the winter months, in comparison to 388 for the same months a year earlier.', '388', 388, 'dogs', 'count'],
    ['Officers reported 58 burglaries in March compared to 64 for the same month in 2022.', '64', 64, 'burglaries', 'count'],
    // A level reached after a bare change stays bare, as its pair is (a plural subject alone does not make it a count).
    ['Monthly subscribers jumped 9,000, or 2.8%, to 330,000 in the quarter.', '330,000', 330000, null, 'number'],
    // So does the level a plural subject reaches after a rate or from a base (guidelines §1, bare quantity).
    ['Hotel bookings grew by 6 percent to 41,200 over the summer.', '41,200', 41200, null, 'number'],
    ['Passenger fatalities dropped by 19 percent to 94 from 117.', '117', 117, null, 'number'],
    ['The county saw 310 arrests in the half, compared with 355 over the same period last year.', '355', 355, 'arrests', 'count'],
    // `, up from X` after a period that follows the later value: X is the earlier value of the same count.
    ['The brewer sold 2.3 million kegs in the quarter, up from 1.9 million a year earlier.', '1.9 million', 1.9e6, 'kegs', 'count'],
    // A clause that repeats the verb of a count and leaves out its noun counts the same.
    ['North Ward had 43 patients waiting, while South Ward had 29.', '29', 29, 'patients', 'count'],
    ['Leeds recorded 212 collisions and York recorded 97.', '97', 97, 'collisions', 'count'],
    // A bare number takes the unit of the count or measure it is compared with, or its population.
    ['Output reached 29.86 million barrels in 2019, compared to 31.86 million in 2018.', '31.86 million', 3.186e7, 'bbl', 'measure'],
    ['Grants go to towns with a population of 20,000 or less.', '20,000', 20000, 'people', 'count'],
    ['Employment fell by 36,000 in April.', '36,000', 36000, 'people', 'count'],
    ['There were 300,000 customers without power in Ohio and 400,000 in Maine.', '400,000', 400000, 'customers', 'count'],
    ['The club has won 8 of its last 10 games.', '8', 8, 'games', 'count'],
    ["The striker has scored in 14 of Leeds' 30 matches.", '14', 14, 'matches', 'count'],
    ['She has started 22 of the club’s 26 games.', '22', 22, 'games', 'count'],
    // Race and finish times are one duration in seconds; a signed proper fraction is a number.
    ['She won the marathon in 2:18:35, a course record.', '2:18:35', 8315, 'second', 'measure'],
    ['He ran the mile in 3:43.13 at the indoor meet.', '3:43.13', 223.13, 'second', 'measure'],
    ['The sentiment index stood at -3/4 in the survey.', '-3/4', -0.75, null, 'number'],
    // A whole number in brackets after a group of people counts people.
    ['Jobs rose among older women (+21,000; +0.9%) last month.', '+21,000', 21000, 'people', 'count'],
    // A range whose bare lower end shares the upper end's percent after a change verb.
    ['The new drug cut deaths by 20 to 30% in trials.', '20 to 30%', 20, '%', 'percent'],
    // A spoken decimal takes a scale word after it.
    ['The shortfall hit three point two billion dollars.', 'three point two billion dollars', 3.2e09, 'USD', 'money'],
    // A word of addition between a number and the noun it counts.
    ['The depot will hire eight more drivers.', 'eight more drivers', 8, 'drivers', 'count'],
    ['The city will add 12 more buses to the fleet.', '12 more buses', 12, 'buses', 'count'],
    ['The school has 5 fewer teachers this term.', '5 fewer teachers', 5, 'teachers', 'count'],
    // A person named by a role, with an age between commas.
    ['The victim, 23, died at the scene.', '23', 23, 'age', 'measure'],
    // A measure in two units is one number, in the smaller unit.
    ['The winner finished in 2 hours 5 minutes.', '2 hours 5 minutes', 125, 'minute', 'measure'],
    ['The centre is 6 feet 2 inches tall.', '6 feet 2 inches', 74, 'in', 'measure'],
    ['The baby weighed 7 pounds 4 ounces at birth.', '7 pounds 4 ounces', 116, 'oz', 'measure'],
    ['He was jailed for 2 years and 6 months.', '2 years and 6 months', 30, 'month', 'measure'],
    ['The crossing took 11 hours, 40 minutes.', '11 hours, 40 minutes', 700, 'minute', 'measure'],
    // `pc` for percent (lower case only); a multi-character currency sign apart from its digits; `Rs.` does not end a sentence.
    ['Retail sales fell 0.5pc in May.', '0.5pc', 0.5, '%', 'percent'],
    ['Inflation is running at 2.1 pc.', '2.1 pc', 2.1, '%', 'percent'],
    ['Imports fell to US$ 3.4 billion.', 'US$ 3.4 billion', 3.4e09, 'USD', 'money'],
    ['The firm raised Rs. 1,200 crore from the sale.', 'Rs. 1,200 crore', 1.2e10, 'INR', 'money'],
    // The oil and gas trade's symbols carry their scale (`mb/d` = a million barrels a day).
    ['Demand will reach 99.7 mb/d next year.', '99.7 mb/d', 9.97e07, 'bbl', 'measure'],
    ['Pipeline exports reached 50 bcm last year.', '50 bcm', 5e10, 'm3', 'measure'],
    ['The field holds 2 tcf of gas.', '2 tcf', 2e12, 'ft3', 'measure'],
    ['Grain shipments were 1.2 mmt in May.', '1.2 mmt', 1.2e06, 't', 'measure'],
    // `won` after a scale or before `per` is the Korean currency; `€` after the amount; a decimal comma before a scale word.
    ['The won slid to 1,200 won per dollar.', '1,200 won', 1200, 'KRW', 'money'],
    ['The chaebol earned 5 trillion won in the year.', '5 trillion won', 5e12, 'KRW', 'money'],
    ['A ticket costs 45 € at the door.', '45 €', 45, 'EUR', 'money'],
    ['The stadium cost 1,5 million euros to repair.', '1,5 million euros', 1.5e06, 'EUR', 'money'],
    ['The company has 300,000-plus employees.', '300,000-plus employees', 300000, 'employees', 'count'],
    // A glued `plus` between a number and its noun; the number of a model's name modifies the noun counted.
    ['The chain now has 500+ stores.', '500+ stores', 500, 'stores', 'count'],
    ['The airline ordered 20 Boeing 737 jets.', '20 Boeing 737 jets', 20, 'jets', 'count'],
    // Vulgar fractions alone or after a whole number; a multiple glued as `x`; a height in feet and inches, in inches.
    ['Mortgage rates rose ½ percent in a month.', '½ percent', 0.5, '%', 'percent'],
    ['The new tablet is 3½ inches thick.', '3½ inches', 3.5, 'in', 'measure'],
    ['Turnout was ⅔ of the roll.', '⅔', 2 / 3, null, 'number'],
    ['Output grew 2.5x in a year.', '2.5x', 2.5, 'x', 'number'],
    ['The forward is 6′2″ and quick.', '6′2″', 74, 'in', 'measure'],
    ['The guard is 5\'11" and fast.', '5\'11"', 71, 'in', 'measure'],
    // `-strong` after a number counts nothing.
    ['The union has a 10,000-strong membership.', '10,000', 10000, null, 'number'],
    ['The 5-foot-10 guard scored 20 points.', '5-foot-10', 70, 'in', 'measure'],
    ['Hall of Fame pitcher, 75, died at home.', '75', 75, 'age', 'measure'],
    // A scaled number listed after money is money; a word in -s after a plural noun is the noun counted; a people's name counts people.
    ['He gets bonuses of $4 million, 3.5 million and $2 million.', '3.5 million', 3.5e6, 'USD', 'money'],
    ['The agency is funding 41 community facilities projects.', '41 community facilities projects', 41, 'projects', 'count'],
    ['The program helped 214,000 Canadians last year.', '214,000 Canadians', 214000, 'people', 'count'],
    // Carats, decibels, mmHg, TEUs, hectolitres are catalogue measures; an exchange rate is an amount of the currency the clause names.
    ['The necklace holds a stone of 12 carats.', '12 carats', 12, 'ct', 'measure'],
    ['Traffic noise reached 85 decibels at night.', '85 decibels', 85, 'dB', 'measure'],
    ['His blood pressure was 150 mmHg on arrival.', '150 mmHg', 150, 'mmHg', 'measure'],
    ['The port handled 40,000 TEUs in May.', '40,000 TEUs', 40000, 'TEU', 'measure'],
    ['The brewer sold 3 million hectolitres of beer.', '3 million hectolitres', 3e6, 'hL', 'measure'],
    ['The yen weakened to 112 per dollar.', '112', 112, 'JPY', 'money'],
    ['The rupee hit 74.5 against the dollar.', '74.5', 74.5, 'INR', 'money'],
    // A quote with decimals in a sentence about one currency against another is in the weaker of the two.
    ['The ringgit rose against the pound to 5.5204 from a close of 5.6991.', '5.6991', 5.6991, 'MYR', 'money'],
    ['The pound slipped 0.4 percent against the dollar to 1.3221.', '1.3221', 1.3221, 'USD', 'money'],
    ['The rand weakened to 18.45 against the greenback.', '18.45', 18.45, 'ZAR', 'money'],
    // Two scale words (`lakh crore`); a glued `m` before `-plus` is the scale; half or a quarter of a point.
    ['The budget is Rs 1.5 lakh crore this year.', 'Rs 1.5 lakh crore', 1.5e12, 'INR', 'money'],
    ['The app has 1m-plus users.', '1m-plus users', 1e06, 'users', 'count'],
    ['The central bank cut its rate a quarter point.', 'a quarter point', 0.25, 'pp', 'percent'],
    ['The bank raised rates by half a percentage point.', 'half a percentage point', 0.5, 'pp', 'percent'],
    // A quoted phrase after a number: ending in a measure it is that measure, in a plural noun that count.
    ['Parts of Kent saw 41 “rainless days” this summer.', '41 “rainless days”', 41, 'day', 'measure'],
    ['The mayor named nine "critical and overdue road repair projects" for the spring.', 'nine "critical and overdue road repair projects', 9, 'projects', 'count'],
  ] as const)('%s → %s', (sentence, span, value, unit, kind) => {
    const claim = claimOf(sentence, span);
    expect(claim.value).toBeCloseTo(value, 6);
    expect(claim.unit).toBe(unit);
    expect(claim.kind).toBe(kind);
  });

  it.each([
    // A decimal times its scale is the decimal number written, not a binary approximation of it.
    ['The mayor proposed a $4.1bn budget.', '$4.1bn', 4100000000],
    ['The port handled 4.35 million tonnes.', '4.35 million tonnes', 4350000],
    ['Output fell to 0.7 million barrels.', '0.7 million barrels', 700000],
    ['The state will spend Rs 1.1 lakh crore on roads.', 'Rs 1.1 lakh crore', 1100000000000],
  ] as const)('exactly the value written: %s → %s', (sentence, span, value) => {
    expect(claimOf(sentence, span).value).toBe(value);
  });

  it.each([
    ['Employment rose among women (+43,000; +0.7%) and fell among men (-36,000; -0.5%).', '-36,000', 36000, 'down'],
    ['Employment rose among women (+43,000; +0.7%) and fell among men (-36,000; -0.5%).', '+0.7%', 0.7, 'up'],
  ] as const)('a signed change in brackets: %s → %s', (sentence, span, value, direction) => {
    const claim = claimOf(sentence, span);
    expect(claim.value).toBe(value);
    expect(claim.change?.direction).toBe(direction);
  });

  it.each([
    ['New cars emit 95 g/km of carbon dioxide.', '95 g/km', 'km'],
    ['The cartel pumped 2m barrels a day.', '2m barrels', 'day'],
    ['Brent crude rose to $58.24 per barrel.', '$58.24', 'barrel'],
    ['The mill will make 24 million mt per annum.', '24 million mt', 'year'],
    // Symbols that carry their day, prices per a measure after `a`/`an` or a slash, `per` before a unit symbol.
    ['The refinery processes 300,000 bpd of crude.', '300,000 bpd', 'day'],
    ['Demand will reach 99.7 mb/d next year.', '99.7 mb/d', 'day'],
    ['Gold rose to $1,850 an ounce.', '$1,850', 'ounce'],
    ['Rent is $2,000/month downtown.', '$2,000', 'month'],
    ['Power costs 5 cents per kWh at night.', '5 cents', 'kWh'],
    // A pay or flow named with a rate adjective earlier in the clause is per that unit; a unit restated in brackets stands between.
    ['Median weekly earnings of full-time staff were $812 in May.', '$812', 'week'],
    ['Average hourly wages rose to $28.40 last month.', '$28.40', 'hour'],
    ['The striker signed at an annual average of $9 million.', '$9 million', 'year'],
    ['Homes used 310 gigabytes (GB) per month on average.', '310 gigabytes', 'month'],
    ['The flat rents for £1,500 pcm.', '£1,500', 'month'],
    ['The salary is Rs 50,000 p.m. before tax.', 'Rs 50,000', 'month'],
  ] as const)('compound units keep their denominator as per: %s', (sentence, span, unit) => {
    expect(claimOf(sentence, span).per).toMatchObject({ value: 1, unit });
  });

  it('reads `twice as many X as Y` as a multiple of X, with no change, and `met twice` as none', () => {
    const claim = claimOf('There are now twice as many men on the jobless register as women.', 'twice');
    expect(claim.subject).toBe('men on the jobless register');
    expect(claim.change).toBeNull();
    expect(extract('The board met twice in March to review the plan.').claims).toHaveLength(0);
  });

  it.each([
    // A price whose clause opens with one measure of a good is per that measure, and the good is its subject.
    ['A litre of diesel now sells at $1.85 in the capital.', '$1.85', 1, 'litre', 'diesel'],
    ['Prices held, whilst a tonne of cement costs $94 at most depots.', '$94', 1, 'tonne', 'cement'],
    ['The price of a 12.5 kilogram cylinder of cooking gas stands at $21.', '$21', 12.5, 'kilogram', 'cooking gas'],
  ] as const)('a measure of a good before its price: %s', (sentence, span, value, unit, subject) => {
    const claim = claimOf(sentence, span);
    expect(claim.per).toMatchObject({ value, unit });
    expect(claim.subject).toBe(subject);
  });

  it('keeps a number whole: space-grouped thousands are one claim', () => {
    expect(extract('Growers crushed 635 526 tonnes of canola.').claims.map((c) => c.text)).toEqual(['635 526 tonnes']);
  });
});

describe('qualifiers before and after the number', () => {
  it.each([
    ['More than 8,000 residents signed up.', '8,000 residents', 'gt'],
    ['The city fixed over 500 potholes.', '500 potholes', 'gt'],
    ['Nearly 2,000 households applied.', '2,000 households', 'approx'],
    ['The drive collected about 900 coats.', '900 coats', 'approx'],
    ['The shelter will add at least 40 beds.', '40 beds', 'gte'],
    ['Grants of up to $25,000 are available.', '$25,000', 'lte'],
    ['Fewer than 300 people applied.', '300 people', 'lt'],
    ['Households of four or fewer qualify, and 500 or more families applied.', '500', 'gte'],
    ['Claims are processed within 30 days.', '30 days', 'lte'],
    ['The plan runs over five years.', 'five years', 'eq'],
    ['The company has 300,000-plus employees.', '300,000-plus employees', 'gte'],
    // A verb of passing a mark before the figure: the figure is a floor.
    ['Storm damage has surpassed $14 billion, the council said.', '$14 billion', 'gt'],
    ['Ticket sales topped 2 million in the first week.', '2 million', 'gt'],
    ['Spending exceeded $3.2 billion last year.', '$3.2 billion', 'gt'],
  ] as const)('%s → %s', (sentence, span, approx) => {
    expect(claimOf(sentence, span).approx).toBe(approx);
  });
});

describe('ranges are one claim valued at the lower end', () => {
  it.each([
    ['Rents rose between 10 and 20 percent.', 'between 10 and 20 percent', 10, 20, '%'],
    ['Assessments rose 10-20% in the east.', '10-20%', 10, 20, '%'],
    ['Awards range from $10 to $20 million.', '$10 to $20 million', 10e6, 20e6, 'USD'],
    ['Grants will range from $5,000 to $25,000 per business.', '$5,000 to $25,000', 5000, 25000, 'USD'],
    ['Construction will take eight to ten months.', 'eight to ten months', 8, 10, 'month'],
    ['Analysts expect sales to rise 10 to 15 percent next year.', '10 to 15 percent', 10, 15, '%'],
    ['Prices climbed 5 to 7 per cent in the year.', '5 to 7 per cent', 5, 7, '%'],
    // A zero lower end after a change verb, and a plus sign on the upper end.
    ['Arrivals are forecast to grow (0 to +2%) next year.', '0 to +2%', 0, 2, '%'],
    ['Fares may rise 0 to 3 percent in March.', '0 to 3 percent', 0, 3, '%'],
  ] as const)('%s', (sentence, span, min, max, unit) => {
    const claims = extract(sentence).claims;
    const claim = claims.find((c) => span.includes(c.text) && c.range !== null);
    expect(claim, JSON.stringify(claims.map((c) => c.text))).toBeDefined();
    expect(claim!.range).toEqual({ min, max });
    expect(claim!.value).toBe(min);
    expect(claim!.unit).toBe(unit);
    expect(claims).toHaveLength(1);
  });
});

describe('three quarters: a share, or quarters of a year counted', () => {
  it.each([
    ['Growth slowed to 5.1%, the lowest in three quarters.', null],
    ['Profits fell for three consecutive quarters.', null],
    ['Three quarters of voters backed the plan.', 0.75],
    ['Margins have shrunk in each of the last three quarters of trading.', null],
    ['In three quarters of the districts, turnout rose.', 0.75],
  ] as const)('%s', (sentence, share) => {
    const fraction = extract(sentence).claims.find((c) => c.text.toLowerCase().startsWith('three quarters'));
    expect(fraction?.kind === 'number' ? fraction.value : null).toBe(share);
  });
});

describe('not claims', () => {
  it.each([
    'The council met on March 3, 2021 to vote on the plan for the new parks downtown.',
    'The plan was adopted in 2020 and revised in 2022.',
    'The meeting begins at 6:30 p.m. on Tuesday.',
    'The doors open at 8:15:00 a.m. sharp.',
    'The train leaves at 14:45 from platform two.',
    'The office is at 1200 West Main Street downtown.',
    'For details call (555) 123-4567 today.',
    'The House passed H.R. 1234 last week.',
    'The council adopted Ordinance No. 2024-17 on Tuesday.',
    'It was the 3rd time the plan was revised.',
    'Section 5 of the code was amended.',
    'COVID-19 testing remains free for everyone.',
    'Crews will close I-95 and Route 4 overnight.',
    'The hotline is open 24 hours a day.',
    'One of the parks reopened.',
    'The archive moves to @WhiteHouse44 on Twitter.',
    'The council voted 7-2 to approve the plan.',
    'The conference runs June 13 to 17 downtown.',
    'The FY2023 budget was approved.',
    'Residents can call 311 to report potholes.',
    'The county uses 5G towers and K-12 schools.',
    'The mayor began a third term in January, and the board meets once a quarter.',
    'The hotel offers a double room with double-digit discounts.',
    'Write to the Town Hall, Leeds LS1 1UR, for a copy.',
    'The office moved to London SW1A 2AA and Cardiff CF10 3EQ.',
    'The city opened a one-stop shop for zero-emission permits.',
    'The new model accelerates from 0-60 mph in record time.',
    'Wages rose for most groups (see table 2).',
    'The startup said its FF 91 could ship next year.',
    'Output fell in the first half of the year and rose in the second half.',
    'More detail is in Retail Trade, Australia (cat no. 8501.0).',
    // The first months or quarters of a period are a date, like `1-10月` (guidelines §2).
    'The estimate was computed from data in the first two months of the quarter.',
    'Exports grew in the first three quarters of the fiscal year.',
    'The statistics office published the first quarterly estimate.',
    'The iPhone 11 and the Boeing 787 were on show.',
    'The rig passed ISO 3888-2 and the storm reached category 4.',
    'He sat in row 5, seat 12, section 104.',
    'The quake struck at 0401 GMT.',
    'The Lakers beat the Celtics 110-102 on Friday.',
    'The post drew 100s of likes and 1,000s of shares.',
    'He wears the number 10 shirt for the club.',
    'She lives at 221B Baker Street in London.',
    'Homes in ZIP code 90210 sold fastest.',
    'Update the app to version 2.3.1 today.',
    'The airline retired its Boeing 747-400 fleet.',
    'A 7-Eleven store opened downtown.',
    'Formula 1 returns to Miami.',
    'The 401(k) plan grew.',
    'The 3M company sued.',
    'The team finished in the top 10.',
    'Call 911 now.',
    'Over 50s were vaccinated first.',
    'The 787 Dreamliner flew again.',
    "The firm's Q3 results beat forecasts.",
    'The 49ers beat the Rams on Sunday.',
    'Game 7 is on Friday.',
    'They led 2-1 at halftime.',
    'The Dodgers took a 3-0 lead.',
    'The company filed its 10-K late.',
    // Tallies of votes: no pair of claims.
    // A number word opening a name inside a sentence.
    'In a hard year for broadcasters, Ten Television Network continues to grow its audience.',
    'The league said Seven Network viewers watched the final.',
    'The vote was 3-1 in favour.',
    'The court ruled 6-3 against the state.',
    'In a 5-4 ruling, the justices sided with the city.',
  ])('%s', (sentence) => {
    expect(extract(sentence).claims.map((c) => c.text)).toEqual([]);
  });

  it.each([
    // Classification codes, interface standards and shot names hold numbers that count nothing.
    'Deaths involving cocaine (T40.5) and methadone (T40.3) rose again.',
    'The laptop has a USB 3.0 port and Bluetooth 5.2 support.',
    'He hit a 3-pointer at the buzzer.',
  ])('%s has no claims', (sentence) => {
    expect(extract(sentence).claims.map((c) => c.text)).toEqual([]);
  });

  it('drops numbers in a title-case headline line', () => {
    const { claims } = extract('City Completes 12 Playgrounds and Trail Extension\nThe city completed 12 new playgrounds this year.');
    expect(claims.map((c) => c.text)).toEqual(['12 new playgrounds']);
  });

  it('reads a line of numbers after its label as a table row, not a headline', () => {
    const { claims } = extract('Table 1: Output by quarter\nOutput 5.9 5.6 5.8 6.2\nThe table shows output growth.');
    expect(claims.map((c) => c.value)).toEqual([5.9, 5.6, 5.8, 6.2]);
  });

  it('gives each cell of a table row the period of its column', () => {
    const { claims } = extract('Table 1: Output by quarter\nPERCENTAGE CHANGE FROM A YEAR EARLIER\n  Q1 2020 Q2 2020 Q3 2020 Q4 2020\nOutput 5.9 5.6 0.8 6.2\nThe table shows output growth.');
    expect(claims.map((c) => [c.time?.start, c.time?.end])).toEqual([
      ['2020-01-01', '2020-03-31'],
      ['2020-04-01', '2020-06-30'],
      ['2020-07-01', '2020-09-30'],
      ['2020-10-01', '2020-12-31'],
    ]);
  });

  it('reads the row label as the subject, and a header naming percentage changes as the unit and a rate', () => {
    const { claims } = extract('Table 1: Output by quarter\nPERCENTAGE CHANGE FROM A YEAR EARLIER\n  2020 Q1 2020 Q2 2020 Q3 2020 Q4\nAdjusted GDP   5.9 5.6 0.8 6.2\nThe table shows output growth.');
    expect(claims.map((c) => [c.value, c.kind, c.unit, c.subject, c.change?.role, c.change?.direction])).toEqual([
      [5.9, 'percent', '%', 'Adjusted GDP', 'rate', 'up'],
      [5.6, 'percent', '%', 'Adjusted GDP', 'rate', 'up'],
      [0.8, 'percent', '%', 'Adjusted GDP', 'rate', 'up'],
      [6.2, 'percent', '%', 'Adjusted GDP', 'rate', 'up'],
    ]);
  });
});

describe('changes', () => {
  it('links `rose from X to Y` as from and to', () => {
    const claims = extract('Enrollment rose from 4,500 students in 2019 to 5,100 in 2021.').claims;
    const [from, to] = claims;
    expect(from!.change).toMatchObject({ role: 'from', direction: 'up', from: from!.id, to: to!.id });
    expect(to!.change).toMatchObject({ role: 'to', direction: 'up', from: from!.id, to: to!.id });
    expect(to!.unit).toBe('students');
  });

  it.each([
    ['Sales tax revenue increased by 6.1% over the prior year.', '6.1%', 'rate', 'up'],
    ['Overdose deaths were down 3 percent from last year.', '3 percent', 'rate', 'down'],
    // A move in basis points, like one in percentage points, is an absolute change.
    ['The ten-year yield climbed 8 basis points to 4.3%.', '8 basis points', 'delta', 'up'],
    // The level reached past a short aside of when.
    ['The average rent rose 1.8% in June to $1,940.', '$1,940', 'to', 'up'],
    ['Ticket revenue fell 3 per cent year-on-year to $12.6 million.', '$12.6 million', 'to', 'down'],
    ['Copper was down 4 cents today to $3.81 a pound.', '$3.81', 'to', 'down'],
    ['The county saw a 12% increase in ridership.', '12%', 'rate', 'up'],
    ['That is an increase of 6,900 jobs.', '6,900 jobs', 'delta', 'up'],
    // `cut` and `decrement` are change nouns; `cut` only after an article, as it is also a verb.
    ['The plan includes a $3.4 million cut in overtime costs.', '$3.4 million', 'delta', 'down'],
    // Percentages in brackets after names, in a sentence naming its changes by a noun, are rates of that direction.
    ['There were rises in Queensland (0.8 per cent) and Victoria (0.3 per cent).', '0.3 per cent', 'rate', 'up'],
    ['Food retailing (0.4 per cent) led the rises.', '0.4 per cent', 'rate', 'up'],
    ['There were minor falls in Tasmania (0.2 per cent).', '0.2 per cent', 'rate', 'down'],
    ['The services sector expanded by 3.8 percent year on year.', '3.8 percent', 'rate', 'up'],
    ['Wheat output posted a 12.5 percent decrement from the year before.', '12.5 percent', 'rate', 'down'],
    ['The vacancy rate fell to 3.5 percent.', '3.5 percent', 'to', 'down'],
    ['Water use fell to 3.1 million gallons, down from 3.6 million gallons.', '3.6 million gallons', 'from', 'down'],
    // The base's own period as a possessive between `from` and the number.
    ['Passes rose to 90,377, an increase from last year’s 70,073.', '70,073', 'from', 'up'],
    ['Passes rose to 90,377, an increase from last year’s 70,073.', '90,377', 'to', 'up'],
    ['Profit fell to $3.1 million, down from the previous quarter’s $3.6 million.', '$3.6 million', 'from', 'down'],
    // A ratio whose `per` phrase stands between the pair; `a year before` is the base's time, not a rate.
    ['The ratio improved to 14.2 students per teacher, down from 15.0 a year before.', '14.2 students', 'to', 'down'],
    ['The ratio improved to 14.2 students per teacher, down from 15.0 a year before.', '15.0', 'from', 'down'],
    ['Library visits tripled over the summer.', 'tripled', 'rate', 'up'],
    ['Complaints have risen by nearly a fifth since 2019, to 2,410 this year.', '2,410', 'to', 'up'],
    // `negative growth` is a fall, its size kept.
    ['Exports showed negative growth of 0.8 per cent in the quarter.', '0.8 per cent', 'rate', 'down'],
    // A pair after a comma restates the change of its clause: no range.
    ['Visits showed an increase of 9% over the year, from 41,200 to 44,900.', '41,200', 'from', 'up'],
    ['Visits showed an increase of 9% over the year, from 41,200 to 44,900.', '44,900', 'to', 'up'],
    // A move named by `higher`/`lower` after the figure, with no `than`; markets' verbs of a move.
    ['The index closed 1.4% higher on Friday.', '1.4%', 'rate', 'up'],
    ['Shares of the miner ended 12 cents lower at $4.10.', '12 cents', 'delta', 'down'],
    ['The bank shed 0.7 per cent in early trade.', '0.7 per cent', 'rate', 'down'],
    ['Gold rallied 2.3% after the report.', '2.3%', 'rate', 'up'],
    // The same move restated in another unit after `or`, either way round.
    ['The lender fell 1.1 per cent or nine cents to $8.02.', 'nine cents', 'delta', 'down'],
    ['The lender ended 0.5 per cent, or four cents lower at $8.02.', '0.5 per cent', 'rate', 'down'],
    ['Ridership jumped 9,000, or 2.8%, to 330,000.', '2.8%', 'rate', 'up'],
    // The level reached right after the move, with no comma between.
    ['The index was up 0.4 per cent, with the benchmark gaining 11.3 points to 3,054.5.', '3,054.5', 'to', 'up'],
    ['The lender ended four cents lower to $8.02.', '$8.02', 'to', 'down'],
  ] as const)('%s → %s %s', (sentence, span, role, direction) => {
    expect(claimOf(sentence, span).change).toMatchObject({ role, direction });
  });

  it('keeps a ratio per its denominator and does not read `a year before` as one', () => {
    const sentence = 'The ratio improved to 14.2 students per teacher, down from 15.0 a year before.';
    expect(claimOf(sentence, '14.2 students').per).toMatchObject({ value: 1, unit: 'teacher' });
    expect(claimOf(sentence, '15.0').per).toBeNull();
    expect(claimOf(sentence, '15.0').unit).toBe('students');
    expect(claimOf('The basin collects 4.5 million gallons a year before it reaches the river.', '4.5 million gallons').per).toMatchObject({ value: 1, unit: 'year' });
  });

  it('records what a rate is measured against', () => {
    expect(claimOf('Overdose deaths were down 3 percent from last year.', '3 percent').change?.basis).toBe('from last year');
  });
});

describe('subjects', () => {
  it.each([
    ['More than 1,200 low-income households received aid.', '1,200 low-income households', 'low-income households'],
    // A company's possessive after its abbreviation, and a participle between a possessive or an adjective and the noun, stay in the phrase.
    ["Westfield Mining Ltd.'s net profit fell 4.2% in the quarter.", '4.2%', "Westfield Mining Ltd.'s net profit"],
    // A linking adverb before the subject, a plural subject's verb in its base form, an opening word read as an imperative.
    ['However the number of burglaries has risen by 6 per cent.', '6 per cent', 'burglaries'],
    ['Meanwhile the vacancy rate climbed to 4.8%.', '4.8%', 'vacancy rate'],
    ['Average farm rents stand at £190 an acre.', '£190', 'Average farm rents'],
    ['Reverse repo rate stands at 6.25%.', '6.25%', 'Reverse repo rate'],
    ["Kenya's cumulative installed wind capacity was 436 MW at the end of June.", '436 MW', "Kenya's cumulative installed wind capacity"],
    // A measure of something names it even in a list after another measure.
    ['The sedan has 394 horsepower, 512 pound-feet of torque and a large trunk.', '512 pound-feet', 'torque'],
    // Money spent in things counted: what is counted.
    ['The agency is investing $12 million in 41 rural health clinics.', '$12 million', 'rural health clinics'],
    ['The state has invested over £2 billion into the fund.', '£2 billion', 'fund'],
    // The level a wrapped thing reached; the thing a change noun is in.
    ['Crews will pave 39 more miles, bringing the total of resurfaced roadway to 151 miles.', '151 miles', 'resurfaced roadway'],
    ['The cartel reported a decrease in its production by 6.3 percent last year.', '6.3 percent', 'production'],
    ['About half of the tenants who applied last year were housed.', 'half', 'tenants who applied'],
    ['Crews moved about 21,000 tons of fill.', '21,000 tons', 'fill'],
    ['The program provided $2 million for road repairs.', '$2 million', 'road repairs'],
    ['The county adopted a $4.2 million package for shelters.', '$4.2 million', 'package'],
    ['The unemployment rate fell to 3.5 percent.', '3.5 percent', 'unemployment rate'],
    ['In 2023, general property taxes brought in $742 million, or 62% of total revenue.', '62%', 'general property taxes'],
    ['The Consumer Prices Index (CPI) rose by 3.3% in May.', '3.3%', 'Consumer Prices Index'],
    ['Today one resident in four uses the library.', 'one resident in four', 'resident'],
    ['The county maintains 80 paved and 25 gravel roads.', '80', 'paved roads'],
    ['The district is building a 900-place primary school.', '900-place', 'primary school'],
    ['The city opened a 60-bed shelter for veterans, bringing the shelter system to 400 beds.', '400 beds', 'shelter system'],
    ['Nursing vacancies had fallen by a quarter to 75 posts.', '75 posts', 'Nursing vacancies'],
    ['Summer attendance reached 48,000 visitors.', '48,000 visitors', 'Summer attendance'],
    ['Rides are free for seniors 65 and older.', '65', 'seniors'],
    ['The state raised the grant 5 percent to $48,000.', '$48,000', 'grant'],
    // The level after `by` and the size of the change is the object's; a comparative after the verb is no object.
    ['The water board raised the standing charge by 8 percent to $42.', '$42', 'standing charge'],
    ['Hotel bookings grew by 4 percent, and cruise arrivals rose even faster by 9 percent to 610,000 passengers.', '9 percent', 'cruise arrivals'],
    ['The average stay for single adults rose to 41 days.', '41 days', 'average stay'],
    ['Of the total, $2 million comes from the state housing trust.', '$2 million', 'state housing trust'],
    ['The county will receive $612 million through the school aid formula, a 3.4 percent increase.', '3.4 percent', 'school aid formula'],
    ['The district enrolled 12,400 students in 2023, an increase of 310, or 2.6 percent.', '310', 'students'],
    ['The district enrolled 12,400 students in 2023, an increase of 310, or 2.6 percent.', '2.6 percent', 'students'],
    ['The council approved a $450 million, 20-year housing plan.', '20-year', 'housing plan'],
    ['The study uses a 95% confidence interval.', '95%', 'confidence interval'],
    ['Citywide on-time delivery improved to 91.2 percent.', '91.2 percent', 'Citywide on-time delivery'],
    // A duration measures what it is `of`; a window of time measures nothing.
    ['The valley went 40 days of dry weather without a storm.', '40 days', 'dry weather'],
    ['The county will hire 40 nurses over the next two years.', 'two years', null],
    ['Over the past five years the city grew.', 'five years', null],
    ['Clinic visits rose 12% in the last 12 months.', '12 months', null],
    ['Each tenant pays $300 in each of the three years.', 'three years', null],
    ['Park visits rose 40% in just four years.', 'four years', null],
    ['The capital program will spend $40 million over five years.', 'five years', 'capital program'],
    // A change written `by N` is of the verb's object.
    ['The council trimmed its road budget by $2 million.', '$2 million', 'road budget'],
    ['The plant will reduce output by 400 tonnes a day.', '400 tonnes', 'output'],
    ['The board increased the ceiling of the loan fund to $5 million.', '$5 million', 'ceiling of the loan fund'],
    ['The port surpassed last year’s container traffic by 9%.', '9%', 'container traffic'],
    // A share of what the clause subject owns measures that.
    ['The western district had 60% of its usual rainfall.', '60%', 'usual rainfall'],
    ['Fares covered 17 percent of operating costs.', '17 percent', 'Fares'],
    // Figures in brackets right after a noun phrase are that group's.
    ['Median pay was lower for part-time staff ($410) than for contractors ($530).', '$410', 'part-time staff'],
    ['Hiring rose among older workers (+12,000; +0.4%) in May.', '+0.4%', 'older workers'],
    // An amount after `a`/`an` describes the noun after it.
    ['The van carries a 75 kWh battery pack.', '75 kWh', 'battery pack'],
    ['The plan needs an 80% majority vote.', '80%', 'majority vote'],
    ['The firm will build a 2 million tonne per year cement plant.', '2 million tonne', 'cement plant'],
    // The clause after a reporting verb's `that` has its own subject.
    ['The governor announced that Acme Foods will invest $90 million over five years.', '$90 million', 'Acme Foods'],
    // A year opening a phrase is its period; `no` before a noun is part of it.
    ['Crews have three weeks of the 2021 paving season left.', 'three weeks', 'paving season'],
    ['The town went 40 days of no rain.', '40 days', 'no rain'],
    // Money for a group of people is what the clause measures; money for a purpose names the purpose.
    ['Median weekly earnings were $912 for men in the survey.', '$912', 'Median weekly earnings'],
    ['The county set aside $2 million for road repairs.', '$2 million', 'road repairs'],
    // A capitalised word opening the sentence before a plural noun and its verb is part of the phrase.
    ['Peak gusts reached 60 to 70 mph along the coast on Friday.', '60 to 70 mph', 'Peak gusts'],
    // A clause right after a reporting verb without `that` has its own subject.
    ['Yesterday, Gov. Smith said Acme Foods, a food maker, will add 300 jobs and invest $90 million.', '$90 million', 'Acme Foods'],
    // A comparison base measures what the figure before it measures.
    ['Subscribers averaged mobile data downloads of 9 GB a month, up from 7 GB a year earlier.', '7 GB', 'mobile data downloads'],
    // What is worth the amount.
    ['The striker signed a four-year deal in March worth $40 million.', '$40 million', 'deal'],
    // A share after `with` measures its whole.
    ['The split was even, with 51 per cent of trips made by bus.', '51 per cent', 'trips'],
    // `, at N` gives the level of the phrase before the comma.
    ['Among women, those age 45 to 54 had the highest median pay, at $950.', '$950', 'highest median pay'],
    // An age describes a group: the amount after it continues the list, not the age.
    ['Weekly pay was $700 for men age 25 to 34, $760 for men age 35 to 44.', '$760', 'Weekly pay'],
    // The last item of a list of amounts; a verb after a modal is no part of the phrase.
    ['He will receive bonuses of $4 million, $3 million and $2 million.', '$2 million', 'bonuses'],
    ['He will receive bonuses of $4 million, $3 million and $2 million.', '$4 million', 'bonuses'],
    // A part of a count measures what the count counts.
    ['He has played in only 30 of the club’s 50 games.', '30', 'games'],
    // A bare number after `a` before a noun describes it.
    ['The pitcher posted a 2.45 ERA in June.', '2.45', 'ERA'],
    // Figures in brackets after a phrase placed by a participle and a period.
    ['Pay rose 3%, close to the growth seen in April (+$0.80; +2.9%).', '+2.9%', 'growth'],
    // A dateline ending in a spaced hyphen is no part of the sentence's subject.
    ['BOSTON (AP) - Jane Doe, the club’s captain, signed a contract extension worth $30 million.', '$30 million', 'contract extension'],
    ['BOSTON (AP) - Jane Doe, one of the league’s top scorers, signed a new deal on Friday at an average of $9 million.', '$9 million', 'Jane Doe'],
    // A list line opening with a name and a colon is about that name; a count keeps what it counts.
    ['- Desert Sun Solar Project (Nevada): 150 MW solar plant built by Acme on 1,200 acres.', '150 MW', 'Desert Sun Solar Project'],
    ['- Desert Sun Solar Project (Nevada): 150 MW solar plant built by Acme on 1,200 acres.', '1,200 acres', 'Desert Sun Solar Project'],
    ['• Dulles Airport: 1.2 inches', '1.2 inches', 'Dulles Airport'],
    ['Note: 12 schools were closed.', '12 schools', 'schools'],
    // The idiom `to the tune of` measures the noun before it.
    ['The official said there will be an investment to the tune of $3 billion in the mill.', '$3 billion', 'investment'],
    // A figure set off by commas right after a noun phrase is its size.
    ['A large share of the new cycle track, roughly 40%, or 12 miles, runs beside parks.', '40%', 'new cycle track'],
    // A change written `by N` of an object holding an amount as an adjective; a thing a change noun is in, past a possessive.
    ['The firm is growing its current 20,000-square-foot warehouse near the port by 5,000 square feet.', '5,000 square feet', 'warehouse'],
    ['Output cuts led to a jump in the price of the region’s benchmark crude by 4.1 percent, reaching $71.20 per barrel.', '4.1 percent', 'price'],
    ['Output cuts led to a jump in the price of the region’s benchmark crude by 4.1 percent, reaching $71.20 per barrel.', '$71.20', 'price'],
    // A period modifying the noun that opens the clause is cut off the subject.
    ['Year-to-date sales reached $4 million.', '$4 million', 'sales'],
    ['Last year’s budget was $5 million.', '$5 million', 'budget'],
    // Money paid to someone names who it went to.
    ['- Nearly £300 million paid to families in need.', '£300 million', 'families'],
    // A verb of quantity compromise reads as a noun (`hit`, `rose`, `emits`, `starts`) ends the subject; a name may end in its number or hold `&`.
    ['Company revenue hit £12.4m last year.', '£12.4m', 'Company revenue'],
    ['Spot gold rose to $1,850 an ounce.', '$1,850', 'Spot gold'],
    ['Ozone hit 80 ppb in the valley.', '80 ppb', 'Ozone'],
    ['The new car emits 120 g/km.', '120 g/km', 'new car'],
    ['The S&P 500 rose 1.2 percent on Friday.', '1.2 percent', 'S&P 500'],
    ['The base iPhone 12 starts at $799.', '$799', 'base iPhone 12'],
    // Money `in` a period (`in the quarter`, `in its opening weekend`) is the clause subject's, not the period's.
    ['Tencent earned 45 billion yuan in the quarter.', '45 billion yuan', 'Tencent'],
    ['The film grossed $100 million in its opening weekend.', '$100 million', 'film'],
    ['The lender lost $2 billion in the period.', '$2 billion', 'lender'],
    ['Spot gold fell to $1,780 an ounce on Monday.', '$1,780', 'Spot gold'],
    ['Brent crude hit $70 a barrel.', '$70', 'Brent crude'],
    // Digits glued to a capitalised word, or by a hyphen, are part of its name.
    ['COVID-19 vaccines are 95% effective.', '95%', 'COVID-19 vaccines'],
    ['F-150 sales rose 5% in May.', '5%', 'F-150 sales'],
    ['Parts of Kent saw 41 “rainless days” this summer.', '41 “rainless days”', 'rainless days'],
    // The noun of a rate after the amount (`a kilo`, `pcm`) or `against` is never the subject.
    ['The flat costs £1,500 pcm.', '£1,500', 'flat'],
    ['The rupee hit 74.5 against the dollar.', '74.5', 'rupee'],
    // A word in -s between a noun and the clause's verb is a plural noun; an abbreviation's dots stay in the phrase.
    ['Microsoft shares closed up 2.3% on Friday.', '2.3%', 'Microsoft shares'],
    ['Consumer prices rose 6.2% in October.', '6.2%', 'Consumer prices'],
    ['U.S. crude inventories fell by 4.5 million barrels last week.', '4.5 million barrels', 'U.S. crude inventories'],
    ['Home prices in the city rose 5% over the past year.', '5%', 'Home prices'],
    // A change after an object and `to` is the object's.
    ['The government expects the economy to grow 6% this year.', '6%', 'economy'],
    // Index points measure what the clause names.
    ['The Dow fell 500 points on Monday.', '500 points', 'Dow'],
    ['The FTSE 100 fell 40 points.', '40 points', 'FTSE 100'],
    // A participle between a determiner and its noun is part of the phrase, also before another modifier.
    ['Official data show that the estimated number of hospital admissions rose by 8% last year.', '8%', 'hospital admissions'],
    ['Total adjusted operating costs were $5.2 billion.', '$5.2 billion', 'adjusted operating costs'],
    // A row of a table written as a line of cells is about its first cell.
    ['Station, Operator, Bikes, Grant:\nAshby, Metro Cycles, 140 bikes, $52,000.00', '140 bikes', 'Ashby'],
    ['Station, Operator, Bikes, Grant:\nAshby, Metro Cycles, 140 bikes, $52,000.00', '$52,000.00', 'Ashby'],
    // A change noun with a noun (or `net`) before it names a measure.
    ['That was above the export growth of 2.1 percent recorded a year earlier.', '2.1 percent', 'export growth'],
    ['The firm booked a net gain of $45 million on the sale.', '$45 million', 'net gain'],
    // A bracket after a thing and its place is the thing's; the words of a change inside it are passed over.
    ['The number of road deaths in Scotland (162) fell from 180 the year before.', '162', 'road deaths'],
    ['Arrests rose for burglary (up from 40 to 52) and fraud (up from 12 to 15).', '15', 'fraud'],
    // Money spent to do something measures the purpose's object, past an aside and the years it covers.
    ['The province is investing $80 million over four years to expand rural broadband.', '$80 million', 'rural broadband'],
    ['The city is spending $4 million, beginning in 2024, to hire 60 paramedics.', '$4 million', 'paramedics'],
    // An amount with a noun of its own after it names that noun, not what the claim before it measured.
    ['The tablet has 8 GB of memory, 256 GB flash storage and a stylus.', '256 GB', 'flash storage'],
    ['The results included a write-down of $3 million, a $2 million charge and other costs.', '$2 million', 'charge'],
    // The noun an amount is of, before what it is for; the figure for a thing measures the thing.
    ['The bank took a charge of $300 million for the closure of branches.', '$300 million', 'charge'],
    ['The preliminary figure for hotel bookings in May was 2.4 million.', '2.4 million', 'hotel bookings'],
    // A clause after `and` with a subject of its own; a dateline before a clause labels nothing.
    ['Smith scored 31 points and Jones added 18.', '18', 'Jones'],
    ['Leeds: Council tax will rise 4.99 per cent in April.', '4.99 per cent', 'Council tax'],
    // The time left on a game clock measures nothing named; money spent in a place is the spender's.
    ['Jones scored the winner with 4.2 seconds left.', '4.2 seconds', null],
    ['Each delegate spent an average of $640 in Melbourne.', '$640', 'delegate'],
    ['The council provided $2 million more in library funding.', '$2 million', 'library funding'],
    // A multiple written as a verb measures its object.
    ['The plan includes doubling the number of park rangers.', 'doubling', 'number of park rangers'],
    // Figures listed before `respectively` pair in order with the things the sentence opens with.
    ['Rents and the price of heating oil were the main drivers, up 3.1 per cent and 9.4 per cent, respectively.', '9.4 per cent', 'price of heating oil'],
    ['Wheat and the other staple crop, Maize, hit lows of $210 and $160 per tonne respectively.', '$160', 'Maize'],
    // A participle opening the clause before a noun phrase and its verb describes the noun (results releases).
    ['Reported net income was $61 million.', '$61 million', 'Reported net income'],
    ['For the quarter, adjusted operating income was $269 million.', '$269 million', 'adjusted operating income'],
    ['Estimated repair costs were $5 million.', '$5 million', 'Estimated repair costs'],
    // … also after an opening adjective, with the phrase running on past a preposition or a participle before the verb.
    ['Adjusted diluted income per unit came in at $2.10 this year.', '$2.10', 'Adjusted diluted income'],
    ['Adjusted diluted EPS excluding impairments was $0.88 in the quarter.', '$0.88', 'Adjusted diluted EPS excluding impairments'],
    ['Adjusted diluted EPS excluding impairments was $0.88 in the quarter, compared to $0.71 a year earlier.', '$0.71', 'Adjusted diluted EPS excluding impairments'],
    ['Adjusted cash generated by the port during the year was $45 million.', '$45 million', 'Adjusted cash'],
    ['Adjusted for inflation, wages rose 3% in the year.', '3%', 'wages'],
    // A change noun after an amount is no thing of its own: what the change is in, or the amount it is set off after.
    ['The plan includes a $3.4 million cut in overtime costs.', '$3.4 million', 'overtime costs'],
    ['The budget includes $410.2 million in expenses, a $21.5 million increase from last year.', '$21.5 million', 'expenses'],
    ['Wheat output posted a 12.5 percent decrement from the year before.', '12.5 percent', 'Wheat output'],
    // A participle after an amount is a verb about it, not a noun it describes.
    ['Imports were recorded at $9.2 billion compared to $8.7 billion a year earlier.', '$9.2 billion', 'Imports'],
    ['The shilling averaged 131.5 against the dollar in May compared to KSh 128.4 recorded in April.', 'KSh 128.4', 'shilling'],
    ['The grant to the museum has been cut to $1.9 million from $2.4 million allotted to it last year.', '$2.4 million', 'grant'],
    // A participle of reaching right after a noun phrase gives that phrase's level.
    ['Every tenant gets a $300 rebate and extra rent assistance totalling $950 for those in need.', '$950', 'extra rent assistance'],
    // A gerund naming a measure before its preposition opens the clause when a verb follows.
    ['Spending on road repairs was $4 million last year.', '$4 million', 'Spending on road repairs'],
    ['Funding for these pupils is rising to £2.5 billion next year.', '£2.5 billion', 'Funding for these pupils'],
    // A capitalised -ing word opening the clause before a noun and its verb is part of the name.
    ['Manufacturing sector increased 5.0 per cent in the third quarter.', '5.0 per cent', 'Manufacturing sector'],
    ['Mining output fell 3% in the quarter.', '3%', 'Mining output'],
    // A dateline before a sentence opening with an article labels nothing.
    ['ISLAMABAD: The exports from the country increased by 13 percent in the period.', '13 percent', 'exports'],
    // `respectively` after an opening phrase set off by a comma; an adjective sharing the last item's noun is written alone.
    ['By ecosystem, irrigated and rainfed areas posted decreases of 25 percent and 4 percent, respectively.', '25 percent', 'irrigated'],
    ['By ecosystem, irrigated and rainfed areas posted decreases of 25 percent and 4 percent, respectively.', '4 percent', 'rainfed areas'],
    ['Primary and secondary schools received £1,480 and £1,050 respectively.', '£1,480', 'Primary'],
    // Money put into something is named with what it goes into (a package, a plan is a thing of its own).
    ['The budget features a $11.2 billion investment in regional infrastructure.', '$11.2 billion', 'investment in regional infrastructure'],
    ['The minister announced a Rs 500 crore outlay for the Ministry of Culture.', 'Rs 500 crore', 'outlay for the Ministry of Culture'],
    // A count by which a measure changed is the measure's (its noun is only the unit).
    ['The state’s total population increased by 52,000 people last year.', '52,000 people', 'state’s total population'],
    ['Citywide staffing has decreased 17 positions, or 1.7 percent, since 2018.', '17 positions', 'Citywide staffing'],
    // … also after a comparative and `by`, or added by a change that names the measure.
    ['This year, enrollment was lower by 1,200 students than in 2019.', '1,200 students', 'enrollment'],
    ['Natural growth contributed 48,000 people to the state’s population.', '48,000 people', 'Natural growth'],
    ['The council added 12 officers to the force.', '12 officers', 'officers'],
    ['Citywide staffing has decreased 17 positions, or 1.7 percent, since 2018.', '1.7 percent', 'Citywide staffing'],
    // A share restating the amount before it (`, or 14.6% of revenues`) measures what the amount does; so does the base compared with.
    ['Adjusted operating income was $269 million, or 14.6% of revenues, compared to $236 million.', '14.6%', 'Adjusted operating income'],
    ['Adjusted operating income was $269 million, or 14.6% of revenues, compared to $236 million.', '$236 million', 'Adjusted operating income'],
    // Round 9: what a change noun is `in` (after the claim, or before the level it reached, `to`).
    ['The data show an increase of 12,000 in the number of people at work.', '12,000', 'number of people'],
    ['The survey found a rise of 4% in the number of permits.', '4%', 'number of permits'],
    ['The study found a 2 percent increase in employment to 80,000 last year.', '80,000', 'employment'],
    ['The study found a 4 percent increase in wages to $6.1 billion last year.', '$6.1 billion', 'wages'],
    // A period opening the phrase before `of` is cut off; a comparative after an amount is a change of the clause subject.
    ['The carrier on Thursday reported first-quarter profit of $4.1 billion.', '$4.1 billion', 'profit'],
    ['US crude settled 80 cents lower at $70.10 a barrel.', '80 cents', 'US crude'],
    ['The carrier posted revenue of $31 billion in the period.', '$31 billion', 'revenue'],
    // A hyphenated duration before `period` or `window` names a stretch of time, no thing measured.
    ['The plan spreads the work over a five-year period.', 'five-year', null],
    // A participle of reaching read as the claim's qualifier (`exceeding` = more than) still gives the level of the phrase before it.
    ['The storm brought gusts exceeding 200 kph to the coast.', '200 kph', 'gusts'],
    // The object a level is reached by ends where a time begins.
    ['The grant adds $200 million, bringing the total funding now available in this fund to $500 million.', '$500 million', 'funding'],
    // An adverb in -ly grading a participle or an adjective before the noun stays in the phrase.
    ['The seasonally adjusted jobless rate fell from 6.2% to 6.0% over the quarter.', '6.0%', 'seasonally adjusted jobless rate'],
    ['Seasonally adjusted employment rose by 4,700 in the quarter.', '4,700', 'Seasonally adjusted employment'],
    // The subject of a reported clause runs past a short bracket naming it, and a rate that slows or speeds up is the verb's subject.
    ['The agency said inflation in the capital region (NCR) decelerated to 1.9 percent in March.', '1.9 percent', 'inflation'],
    ['The agency said output slowed to 5.5% in March.', '5.5%', 'output'],
    // A word in -s opening a clause after a comma, before its verb, is the plural noun the clause is about.
    ['Meanwhile, imports increased by 8.1 percent to $2.4 billion in July.', '8.1 percent', 'imports'],
  ] as const)('%s → %s', (sentence, span, subject) => {
    expect(claimOf(sentence, span).subject).toBe(subject);
  });
});

describe('a game statistic on a page about a league is the named player’s or team’s', () => {
  it.each([
    ['In the NHL game, Lindqvist made 31 saves for the Rangers.', '31 saves', 'Lindqvist'],
    ['Marcus Reed grabbed 14 rebounds as the NBA side won.', '14 rebounds', 'Marcus Reed'],
    ['The Premier League visitors managed 9 shots, and Arsenal’s 22 shots came mostly late.', '22 shots', 'Arsenal'],
    ['Okafor sank two free throws to seal the NBA win.', 'two free throws', 'Okafor'],
  ] as const)('%s → %s is of %s', (sentence, span, subject) => {
    expect(claimOf(sentence, span).subject).toBe(subject);
  });
});

describe('an election result on a page about an election is the named party’s or candidate’s', () => {
  it.each([
    ['After the state election, the Greens won 14 seats, a gain of five seats.', '14 seats', 'Greens'],
    ['After the state election, the Greens won 14 seats, a gain of five seats.', 'five seats', 'Greens'],
    ['In the mayoral election Ortega received 41,200 votes.', '41,200 votes', 'Ortega'],
    // A share of the vote, after a clause opened by a pronoun; a name with the initials it goes by keeps them.
    ['After the by-election it means that the Farmers Union has only got 18.5% of the total vote.', '18.5%', 'Farmers Union'],
    ['In the provincial election the Reform Party (RP) took 33% of the vote.', '33%', 'Reform Party (RP)'],
    // A common noun keeps the noun (a guard: unchanged by the rule).
    ['In the election the party won 12 seats.', '12 seats', 'seats'],
  ] as const)('%s → %s is of %s', (sentence, span, subject) => {
    expect(claimOf(sentence, span).subject).toBe(subject);
  });
});

describe('subjects of news results lines and comparison bases', () => {
  it.each([
    // A base set against a figure by `in comparison to` measures what the figure does; `vs` is no noun.
    ['Operating margin at 23.4% vs 21.9%.', '23.4%', 'Operating margin'],
    ['The theft count stands at 52, in comparison to 61 a year ago.', '61', 'theft count'],
    // A change taken (`took a dip`) is no thing measured: the clause's subject is.
    ['Vandalism took a sharp dip to 40 reported cases.', '40 reported cases', 'Vandalism'],
    // How fast a change went (`at the rate of`, `at a pace of`) measures what the clause does.
    ['Retail output expanded at the rate of 4.2 per cent in May.', '4.2 per cent', 'Retail output'],
    ['Farm exports grew at a steady pace of 3% last year.', '3%', 'Farm exports'],
    // `Net` opening a results line is no verb.
    ['Net income up 8% at $3 million.', '8%', 'Net income'],
    // A sentence-opening preposition is no part of the team owning a statistic.
    ['Of Chelsea’s 15 shots in the Premier League game, 4 were on target.', '15 shots', 'Chelsea'],
    // A statistics release's `estimate of` names what is estimated; a level or a record a figure stands at is of what the clause measures.
    ['The revised estimate of online grocery sales in May rose by 9.4% on a year earlier.', '9.4%', 'online grocery sales'],
    ['Wheat output reached 2.1 million tonnes, up from the previous year’s record of 1.9 million tonnes.', '1.9 million tonnes', 'Wheat output'],
    ['Rice output posted a 6 percent drop from the year-ago level of 3,100 tonnes.', '3,100 tonnes', 'Rice output'],
    // A change taken by a participle (`recording a growth of`, `seeing a … decline`) is of the noun phrase before it.
    ['Exports grew strongly, with coffee shipments recording a growth of 12.4 per cent.', '12.4 per cent', 'coffee shipments'],
    ['Metals had a poor week, with zinc seeing a 2.6 percent decline.', '2.6 percent', 'zinc'],
    // A growth rate is the growth of what the clause measures.
    ['The island economy posted a weaker growth rate of 2.9 percent in 2022.', '2.9 percent', 'island economy'],
    // A clause opened by `as` or `when` inside the sentence has its own subject.
    ['Harbour Foods earned 41 cents a share as net sales climbed 6% to $912 million.', '6%', 'net sales'],
    ['Harbour Foods earned 41 cents a share as net sales climbed 6% to $912 million.', '$912 million', 'net sales'],
    ['The mill shipped 2 million tonnes in 2020, more than in 2019 when the output stood at 1.8 million tonnes.', '1.8 million tonnes', 'output'],
    // A clause joined by `and` with a common noun for its subject and a verb of its own; a relative clause after a comma is its antecedent's.
    ['Copper rose 0.4% to $8,950 a tonne and nickel fell by 1.2% to $16,400.', '1.2%', 'nickel'],
    ['Sales were up 8% and operating income was up 11%.', '11%', 'operating income'],
    ['It was a rough week for the rand, which slid more than 3% against the dollar.', '3%', 'rand'],
    // An absolute `with` clause measures its own noun phrase; a place named alone breaks down the clause's measure (a guard).
    ['Retail sales rose 3% in May, with online grocery orders up 14%.', '14%', 'online grocery orders'],
    ['Home prices rose 2 percent, with Leeds up 4 percent.', '4 percent', 'Home prices'],
  ] as const)('%s → %s is of %s', (sentence, span, subject) => {
    expect(claimOf(sentence, span).subject).toBe(subject);
  });
});

describe('subjects of reported clauses, paired figures, occurrences and changes', () => {
  it.each([
    // A clause reported after a verb (`calculates that`, `said`, `show that`, `showing that`) has its own subject, even when it
    // runs on past prepositions before its verb; when the claim opens it, the reporter is never the subject.
    ['The statistics office calculates that the jobless rate has climbed to 6.1% in March.', '6.1%', 'jobless rate'],
    ['The central bank said inflation in the second half of the year is projected at 3.5 per cent.', '3.5 per cent', 'inflation'],
    ['The survey results show that 48% of the workforce is female.', '48%', 'workforce'],
    ['Figures released by the council showing that the housing waiting list fell below 4,000 for the first time.', '4,000', 'housing waiting list'],
    // A whole number with no noun, paired with the count before it, counts what that count counts (a place between is none).
    ['There were 45 cases of burglary in March compared to 52 for the same month last year.', '52', 'burglary'],
    ['The hospital had 31 patients on trolleys on Monday, and 27 the following day.', '27', 'patients'],
    ['North Clinic had 120 patients waiting, while Riverside Clinic in Easton had 95.', '95', 'patients'],
    ['The shelter counted 210 rough sleepers on Friday, with 45 sleeping in cars.', '45', 'rough sleepers'],
    // Guards: a common noun after the link names a measure of its own; a part `of` a count is of that count.
    ['Primary schools accounted for 5,200 pupils and secondary schools for 4,100.', '4,100', 'secondary schools'],
    ['He has 23 goals and 23 assists, but he has played in only 38 of the club’s 52 games.', '38', 'games'],
    // Occurrences (`cases of`, `reports of`, `instances of`) count the thing after `of`.
    ['Police recorded 38 reports of vandalism in the park last year.', '38 reports', 'vandalism'],
    ['There were 12 reported instances of fraud against pensioners.', '12 reported instances', 'fraud'],
    ['Cases of measles rose to 40 in May.', '40', 'measles'],
    // A change measures what it is in: opening the clause (`Growth in`), as a subject, or before `, by`.
    ['Growth in broadband services slowed in the quarter, rising 4.2 per cent to $3.1 billion.', '4.2 per cent', 'broadband services'],
    ['Growth in broadband services slowed in the quarter, rising 4.2 per cent to $3.1 billion.', '$3.1 billion', 'broadband services'],
    ['Drivers in Wales saw the largest rise in petrol prices, by 2.4p to 131.2p.', '2.4p to 131.2p', 'petrol prices'],
    ['The rise in rents was 4.2% last year.', '4.2%', 'rents'],
  ] as const)('%s → %s is of %s', (sentence, span, subject) => {
    expect(claimOf(sentence, span).subject).toBe(subject);
  });
});

describe('game scores on a page that names its sport', () => {
  // Each side of a score is a count in the sport's unit, its subject the side that scored it when the text says.
  it.each([
    ['The NBA champions beat the Boston Celtics 118-104 on Friday.', [['118', 118, 'points', 'NBA champions'], ['104', 104, 'points', 'Boston Celtics']]],
    ['In the MLB opener, the Padres took a 3-0 lead in the second inning.', [['3', 3, 'runs', 'Padres'], ['0', 0, 'runs', null]]],
    ['The Premier League leaders were down 1-0 at halftime.', [['1', 1, 'goals', null], ['0', 0, 'goals', 'Premier League leaders']]],
    ['The NHL club drew 2-2 with the Bruins.', [['2', 2, 'goals', 'NHL club'], ['2', 2, 'goals', null]]],
    ['A late 3-pointer put the Thunder ahead 100-99 in the NBA game.', [['100', 100, 'points', 'Thunder'], ['99', 99, 'points', null]]],
    // A loss gives the winner's number first: the side that lost scored the lower one.
    ['Ottawa fell 5-2 to the Oilers in the NHL on Saturday.', [['5', 5, 'goals', 'Oilers'], ['2', 2, 'goals', 'Ottawa']]],
    ['The Sharks lost 3-1 to the Kings in an NHL game.', [['3', 3, 'goals', 'Kings'], ['1', 1, 'goals', 'Sharks']]],
    // A result line of its own, between the two sides' names, is no headline.
    ['Premier League results:\nLeeds United 3-2 Aston Villa\nBrighton 0-1 Everton', [['3', 3, 'goals', 'Leeds United'], ['2', 2, 'goals', 'Aston Villa'], ['0', 0, 'goals', 'Brighton'], ['1', 1, 'goals', 'Everton']]],
  ] as const)('%s', (sentence, expected) => {
    const claims = extract(sentence).claims;
    expect(claims.map((c) => [c.text, c.value, c.unit, c.subject])).toEqual(expected);
    expect(claims.every((c) => c.kind === 'count' && c.change === null)).toBe(true);
  });
});

describe('times, resolved against the article date', () => {
  it.each([
    ['The city served 1,200 households in 2020.', '1,200 households', '2020-01-01', '2020-12-31', '2020'],
    ['The fund paid $5 million last year.', '$5 million', '2020-01-01', '2020-12-31', 'last year'],
    ['The city hired 40 workers this year.', '40 workers', '2021-01-01', '2021-12-31', 'this year'],
    ['Since 2016, the city has planted 9,000 trees.', '9,000 trees', '2016-01-01', '2021-06-15', 'Since 2016'],
    ['In March, the county opened 3 clinics.', '3 clinics', '2021-03-01', '2021-03-31', 'In March'],
    ['The county spent $9 million in fiscal year 2021.', '$9 million', '2020-07-01', '2021-06-30', 'fiscal year 2021'],
    ['The plan adds 10,000 units by 2030.', '10,000 units', '2021-06-15', '2030-12-31', 'by 2030'],
    ['In the three months to February 2021, 500 jobs were added.', '500 jobs', '2020-12-01', '2021-02-28', 'the three months to February 2021'],
    // A part of a year named relative to the article's: that part of that year.
    ['Ferry trips rose 6% in the first half of last year.', '6%', '2020-01-01', '2020-06-30', 'the first half of last year'],
    ['Exports are forecast to fall 2% in the fourth quarter of this year.', '2%', '2021-10-01', '2021-12-31', 'the fourth quarter of this year'],
    ['Road deaths fell to 212 in the first three months of last year.', '212', '2020-01-01', '2020-03-31', 'the first three months of last year'],
    // A quarter or half named by its code alone is the last such period up to the article date.
    ['Sales in Q3 were $5 million.', '$5 million', '2020-07-01', '2020-09-30', 'Q3'],
    ['H1 revenue was $2 million.', '$2 million', '2021-01-01', '2021-06-30', 'H1'],
  ] as const)('%s → %s', (sentence, span, start, end, text) => {
    const claim = claimOf(sentence, span);
    expect(claim.time).toMatchObject({ start, end });
    expect(claim.time!.text).toBe(text);
  });

  it.each([
    // UK texts (pounds, `financial year`) run April to March; Australian July to June; school years September to August.
    ['The council will spend £4 million in the 2023-24 financial year.', '£4 million', '2023-04-01', '2024-03-31', '2023-24 financial year'],
    ['The state will spend A$12 million in the 2023-24 financial year.', 'A$12 million', '2023-07-01', '2024-06-30', '2023-24 financial year'],
    ['Absence fell to 19 per cent in the 2022/23 school year from 22 per cent in 2021/22.', '19 per cent', '2022-09-01', '2023-08-31', '2022/23 school year'],
    ['Absence fell to 19 per cent in the 2022/23 school year from 22 per cent in 2021/22.', '22 per cent', '2021-09-01', '2022-08-31', '2021/22'],
    // From a month to the article date; `now` is the article date.
    ['Transit use grew. From March 2021, bus fares fell 10 percent.', '10 percent', '2021-03-01', '2021-06-15', 'From March 2021'],
    ['Since March, the county has hired 40 workers.', '40 workers', '2021-03-01', '2021-06-15', 'Since March'],
    ['The county now has 45 libraries.', '45 libraries', '2021-06-15', '2021-06-15', 'now'],
    ['Nearly two-thirds of the branches, 30 in all, are currently open late.', 'two-thirds', '2021-06-15', '2021-06-15', 'currently'],
    // `a year earlier` counts back from the period the sentence names.
    ['In March 2021, 8.2 percent of residents were unemployed, up from 6.9 percent a year earlier.', '6.9 percent', '2020-03-01', '2020-03-31', 'a year earlier'],
    ['Inflation eased to 3.2 per cent in the year to May.', '3.2 per cent', '2020-06-01', '2021-05-31', 'the year to May'],
    ['The company sold 50 million phones in Q3 2020.', '50 million phones', '2020-07-01', '2020-09-30', 'Q3 2020'],
    // Statistics offices name quarters by number; `quarterly` is no quarter.
    ['The first quarterly estimate shows a fall of 0.2% in Quarter 3 (July to Sept) 2022.', '0.2%', '2022-07-01', '2022-09-30', 'Quarter 3 (July to Sept) 2022'],
    // A weekday is the last such day on or before the article date (a Tuesday here).
    ['The striker signed a $12 million deal on Monday.', '$12 million', '2021-06-14', '2021-06-14', 'on Monday'],
    // A claim restated after `or` shares the period written after the restatement.
    ['Production fell by 6.3 percent or some 2 million barrels per day in 2019, compared to 2018.', '6.3 percent', '2019-01-01', '2019-12-31', '2019'],
    // A window counted back from the article date; its duration stays a claim.
    ['Clinic visits rose 12% in the last 12 months.', '12%', '2020-06-15', '2021-06-15', 'in the last 12 months'],
    ['Ridership grew 8% over the past six weeks.', '8%', '2021-05-04', '2021-06-15', 'over the past six weeks'],
    // A weekday without `on` dates its own sentence.
    ['The Dodgers scored 11 runs at home Sunday.', '11 runs', '2021-06-13', '2021-06-13', 'Sunday'],
    // Figures in brackets take the period written at the end of their sentence.
    ['Jobs rose among older workers (+12,000; +0.4%) and fell among young workers (-8,000; -0.6%) in May.', '+12,000', '2021-05-01', '2021-05-31', 'in May'],
    ['Jobs rose among older workers (+12,000; +0.4%) and fell among young workers (-8,000; -0.6%) in May.', '+0.4%', '2021-05-01', '2021-05-31', 'in May'],
    // A bare year after a figure, under a month, is that month of the year named; a conversion in brackets is read past.
    ['Last month was the warmest May in years. The mean was 15.2C (59.4F), behind 15.9C (60.6F) in 1992.', '15.9C', '1992-05-01', '1992-05-31', '1992'],
    ['Last month was the warmest May in years. The mean was 15.2C (59.4F), behind the 2006 record of 16.1C.', '16.1C', '2006-05-01', '2006-05-31', '2006'],
    ['Last month was the warmest May in years. The mean was 15.2C (59.4F), behind the 2006 record of 16.1C.', '15.2C', '2021-05-01', '2021-05-31', 'Last month'],
    // The end of a year is no month: a bare year after it is that whole year.
    ['Output fell to 28 million barrels by the end of 2020, compared to 31 million in 2019.', '31 million', '2019-01-01', '2019-12-31', '2019'],
    // With nothing before it, a period closing the clause governs each figure of the clause.
    ['The pitcher finished with a 12-3 mark and a 2.10 ERA in 20 starts this year.', '2.10', '2021-01-01', '2021-12-31', 'this year'],
    ['Median pay of the region’s 4.2 million salaried workers was $880 in the first quarter of 2021.', '4.2 million salaried workers', '2021-01-01', '2021-03-31', 'the first quarter of 2021'],
    // A sentence opened by a year sets the year of the months it names without one (in a fiscal year, the month inside it).
    ['In 2017, the city opened 3 clinics in March and 4 clinics in November.', '3 clinics', '2017-03-01', '2017-03-31', 'in March'],
    ['In 2019-20, at the end of February, the borrowing stood at 81.5%.', '81.5%', '2020-02-01', '2020-02-29', 'of February'],
    // A release whose first paragraph (of several sentences) reports on one quarter: the later figures that name no period are of it.
    [
      'Median weekly rents in the county were $410 in the second quarter of 2022, the housing office said. That was the highest figure on record.\nRents for two-bedroom flats averaged $455, and 38 percent of tenants paid more than a third of their income.',
      '38 percent',
      '2022-04-01',
      '2022-06-30',
      'the second quarter of 2022',
    ],
    // A plain-text release wrapped at a fixed width: its sentences run across the line breaks.
    [
      'The county reported that the median weekly pay of all of its 61,400 full-time\nworkers was $1,020 in the second quarter of 2021, the highest figure recorded in\nthe survey so far. That was 3.1 percent more than the pay of part-time workers in\nthe same survey, and the gap has grown in each of the last four quarters of data.',
      '61,400 full-time\nworkers',
      '2021-04-01',
      '2021-06-30',
      'the second quarter of 2021',
    ],
    // `now` after a period named in its clause speaks of that period.
    ['Spending in Quarter 1 2021 is now 2.1% above its level before the pandemic.', '2.1%', '2021-01-01', '2021-03-31', 'Quarter 1 2021'],
    // The previous quarter is counted back from the quarter the paragraph names.
    ['Output rose 0.5% in Quarter 1 2021. This follows a fall of 0.3% in the previous quarter.', '0.3%', '2020-10-01', '2020-12-31', 'the previous quarter'],
    ['In April this year, residents downloaded 1.2 billion GB of data.', '1.2 billion GB', '2021-04-01', '2021-04-30', 'April this year'],
    ['The city spent $8 million on roads in fiscal years 2019 and 2020.', '$8 million', '2018-07-01', '2020-06-30', 'fiscal years 2019 and 2020'],
    ['The fund has made 3 million grants since its launch in May 2019.', '3 million grants', '2019-05-01', '2021-06-15', 'since its launch in May 2019'],
    // What a verb of outdoing compares with is the basis, not the period.
    ['Crews have laid 90 miles of pipe since March, surpassing last year’s total by 8%.', '8%', '2021-03-01', '2021-06-15', 'since March'],
    // Seasons: a league's season so far, and the seasons of the year.
    ['The NHL winger has 23 goals this season.', '23 goals', '2020-10-01', '2021-06-15', 'this season'],
    ['The Premier League side conceded 41 goals last season.', '41 goals', '2019-08-01', '2020-05-31', 'last season'],
    ['The town went 40 days without rain, the longest spell this summer.', '40 days', '2021-06-01', '2021-08-31', 'this summer'],
    // Business and statistics periods: to date, the first months of a year, weeks, halves, fiscal quarters.
    ['So far this year, the city has issued 400 permits.', '400 permits', '2021-01-01', '2021-06-15', 'So far this year'],
    ['Year-to-date sales reached $4 million.', '$4 million', '2021-01-01', '2021-06-15', 'Year-to-date'],
    ['Sales grew 12% in the first nine months of 2020.', '12%', '2020-01-01', '2020-09-30', 'the first nine months of 2020'],
    ['Jobless claims fell to 300,000 last week.', '300,000', '2021-06-07', '2021-06-13', 'last week'],
    ['Jobless claims fell to 300,000 in the week ending May 29.', '300,000', '2021-05-23', '2021-05-29', 'the week ending May 29'],
    ['Revenue rose 9% in H1 2020.', '9%', '2020-01-01', '2020-06-30', 'H1 2020'],
    ['Sales rose to $5 million in the first quarter from $4 million in the same period last year.', '$4 million', '2020-01-01', '2020-03-31', 'the same period last year'],
    ['The NBA guard averaged 27 points in the 2019-20 season.', '27 points', '2019-10-01', '2020-06-30', '2019-20 season'],
    ['Revenue rose 4% in the third quarter of fiscal 2021.', '4%', '2021-01-01', '2021-03-31', 'the third quarter of fiscal 2021'],
    ['Revenue was $2 billion for the year ended June 30, 2020.', '$2 billion', '2019-07-01', '2020-06-30', 'the year ended June 30, 2020'],
    ['Revenue in the 2020 fiscal year was $3 million.', '$3 million', '2019-07-01', '2020-06-30', '2020 fiscal year'],
  ] as const)('%s → %s', (sentence, span, start, end, text) => {
    const claim = claimOf(sentence, span);
    expect(claim.time).toMatchObject({ start, end });
    expect(claim.time!.text).toBe(text);
  });

  it.each([
    // Quarters named by their last month, and the 12 months to one (statistics offices of New Zealand and Australia).
    ['Consumer prices rose 5.6 per cent in the 12 months to the March 2021 quarter.', '5.6 per cent', '2020-04-01', '2021-03-31'],
    ['Consumer prices rose 1.8 per cent in the March 2021 quarter.', '1.8 per cent', '2021-01-01', '2021-03-31'],
    ['Deaths rose to 9,000 in the 12-month period ending in April 2021.', '9,000', '2020-05-01', '2021-04-30'],
    // Fiscal years by country: India and Canada run April to March; the UK tax year from 6 April.
    ['The ministry will spend Rs 420 crore in the 2021-22 fiscal.', 'Rs 420 crore', '2021-04-01', '2022-03-31'],
    ['Ontario is investing $40 million, beginning in 2021–22, to hire nurses.', '$40 million', '2021-04-01', '2022-03-31'],
    ['More than 9 million customers filed returns for the tax year 2020 to 2021.', '9 million customers', '2020-04-06', '2021-04-05'],
    ['The minister welcomed 400 new measures for regional Australia in this year’s Federal Budget.', '400 new measures', '2021-07-01', '2022-06-30'],
    // A quarter written with a hyphen; `quarter 2020` is no Quarter 2.
    ['Revenue for the fourth-quarter 2020 was $3 billion, down 2 percent from fourth-quarter 2019.', '$3 billion', '2020-10-01', '2020-12-31'],
    // The day of an announcement yields to the period named later in the claim's clause.
    ['The minister on Tuesday announced a Rs 500 crore outlay for the ministry in the 2021-22 fiscal.', 'Rs 500 crore', '2021-04-01', '2022-03-31'],
    // A period counted back closing a comparison base and the figures listed after it dates them all.
    ['The bank earned $90 million in the quarter ended June 30, 2021, up from $70 million, $1.10 per share, at the same time last year.', '$70 million', '2020-04-01', '2020-06-30'],
    ['The bank earned $90 million in the quarter ended June 30, 2021, up from $70 million, $1.10 per share, at the same time last year.', '$1.10', '2020-04-01', '2020-06-30'],
    // A weekday followed by its date is that date, whatever week it falls in.
    ['The shelter housed 85 people on Tuesday, June 1, and 90 on Friday.', '85 people', '2021-06-01', '2021-06-01'],
    // A contract's delivery month is no period; `this morning` is the article's day.
    ['Brent crude for delivery in August rose to $75 this morning.', '$75', '2021-06-15', '2021-06-15'],
    ['Producers agreed to cut output by 1.2 million barrels a day from the start of this year.', '1.2 million barrels', '2021-01-01', '2021-06-15'],
  ] as const)('%s → %s is %s..%s', (sentence, span, start, end) => {
    expect(claimOf(sentence, span).time).toMatchObject({ start, end });
  });

  it.each([
    // News names a quarter or a stretch of months by its first and last month, in the fiscal year written after it, else the last one ended.
    ['The fiscal deficit reached Rs 7 lakh crore during April-October.', 'Rs 7 lakh crore', '2020-04-01', '2020-10-31'],
    ['Exports to the region grew 6 per cent in July-September.', '6 per cent', '2020-07-01', '2020-09-30'],
    ['Spending of Rs 9 lakh crore during the April-October period of 2019-20 was 59% of the target.', '59%', '2019-04-01', '2019-10-31'],
    ['Indian tax receipts grew 8 per cent in April-November of the last fiscal.', '8 per cent', '2020-04-01', '2020-11-30'],
    // A quarter of a fiscal year written after or before its two years; the UK's fiscal year runs April to March.
    ['There were 1,900 insolvencies in Scotland in 2020-21 Q2.', '1,900 insolvencies', '2020-07-01', '2020-09-30'],
    ['Scottish bankruptcies rose 4% in Q3 2020-21.', '4%', '2020-10-01', '2020-12-31'],
    // `a year ago` and `the corresponding quarter of previous year` count back from the period of the sentence.
    ['GDP was Rs 33 lakh crore in the July-September quarter, against Rs 31 lakh crore a year ago.', 'Rs 31 lakh crore', '2019-07-01', '2019-09-30'],
    ['Revenue in the first quarter was $5 million, compared with $4 million a year ago.', '$4 million', '2020-01-01', '2020-03-31'],
    ['Farm output grew 3.8 percent in the October-December quarter, compared with 4.1 percent in the corresponding quarter of previous year.', '4.1 percent', '2019-10-01', '2019-12-31'],
    // `this financial year`, `next financial year` of the page's country; a federal budget with a country named is that country's.
    ['Treasury expects a surplus of A$4 billion this financial year.', 'A$4 billion', '2020-07-01', '2021-06-30'],
    ['The budget will return to a deficit of A$14 billion next financial year.', 'A$14 billion', '2021-07-01', '2022-06-30'],
    ['The Australian federal budget forecasts net debt of A$570 billion in 2023-24.', 'A$570 billion', '2023-07-01', '2024-06-30'],
    // Kenya runs its financial year July to June.
    ['Kenya’s tax revenue grew 10.7 per cent in the financial year 2020/21.', '10.7 per cent', '2020-07-01', '2021-06-30'],
    // A weekday after a word opening the sentence is no part of a name; a quarter ended on a day without a year is the last
    // such quarter, and one ended on a day that closes no month runs from that day three months before.
    ['By Wednesday afternoon, the pound was 0.8% higher.', '0.8%', '2021-06-09', '2021-06-09'],
    ['Revenue for the quarter ended March 31 fell to $11 million.', '$11 million', '2021-01-01', '2021-03-31'],
    ['Net sales were $2 billion in the fiscal third quarter ended January 30, 2021.', '$2 billion', '2020-10-30', '2021-01-30'],
    ['The company earned $3 billion for the three months ended in March.', '$3 billion', '2021-01-01', '2021-03-31'],
    // The day a result is reported yields to the period the result is of.
    ['The retailer today reported net sales of $5 billion (see the attached table) in its first quarter of 2021.', '$5 billion', '2021-01-01', '2021-03-31'],
    // A running total from the year's start to a day, and its base in the same stretch of another year (days included).
    ['Health officers logged 4,310 measles cases from January until May 22, against 2,950 in the same period last year.', '4,310 measles cases', '2021-01-01', '2021-05-22'],
    ['Health officers logged 4,310 measles cases from January until May 22, against 2,950 in the same period last year.', '2,950', '2020-01-01', '2020-05-22'],
    ['Some 212 cyclists were killed since the beginning of the year to April 9, 2021, compared with 187 during the same period in 2020.', '212 cyclists', '2021-01-01', '2021-04-09'],
    ['Some 212 cyclists were killed since the beginning of the year to April 9, 2021, compared with 187 during the same period in 2020.', '187', '2020-01-01', '2020-04-09'],
    // `During this period` refers back to the period named before it, in a paragraph of its own too.
    ['Harbour Foods reported results for the second quarter of 2021.\nDuring this period, sales reached $40 million.', '$40 million', '2021-04-01', '2021-06-30'],
    // Two years running are a year set against the one before: the later one is measured (a longer span stays whole: a guard).
    ['Between 2019 and 2020, the county’s median rent rose 6.1%.', '6.1%', '2020-01-01', '2020-12-31'],
    ['Shoplifting reports fell 9% from 2018 to 2019, the sheriff said.', '9%', '2019-01-01', '2019-12-31'],
    ['The county added 3,400 jobs between 2015 and 2020.', '3,400 jobs', '2015-01-01', '2020-12-31'],
    // A base named `the corresponding`/`comparable` quarter or period of a year is the sentence's period in that year.
    ['Sales were $90 million in the second quarter of 2021, up from $72 million in the corresponding quarter in 2020.', '$72 million', '2020-04-01', '2020-06-30'],
    // … and a change over it is of the sentence's own period.
    ['For the quarter ended March 31, 2021, operating income was $12 million, up $3 million over the comparable 2020 period.', '$3 million', '2021-01-01', '2021-03-31'],
  ] as const)('news periods: %s → %s is %s..%s', (sentence, span, start, end) => {
    expect(claimOf(sentence, span).time).toMatchObject({ start, end });
  });

  it.each([
    // A game report in one-sentence paragraphs: its figures are of the game day its first paragraph names, quarters included.
    ['LOS ANGELES (AP) — The Lakers beat the Suns 110-102 in an NBA game on Sunday night.\nLeBron James had 31 points.\nAnthony Davis added 12 rebounds.\nDavis scored 10 points in the third quarter.', '31 points', '2021-06-13', '2021-06-13'],
    ['LOS ANGELES (AP) — The Lakers beat the Suns 110-102 in an NBA game on Sunday night.\nLeBron James had 31 points.\nAnthony Davis added 12 rebounds.\nDavis scored 10 points in the third quarter.', '10 points', '2021-06-13', '2021-06-13'],
    // A budget story in one-sentence paragraphs: its figures are of the fiscal year its first paragraph names.
    ['The minister announced a Rs 3,000 crore outlay for the ministry in the 2021-22 fiscal.\nThe allocation to the broadcaster was cut to Rs 2,500 crore.\nThe press council got Rs 27 crore.', 'Rs 2,500 crore', '2021-04-01', '2022-03-31'],
    // A results story in one-sentence paragraphs: its figures are of the quarter or half its first paragraph names,
    // and `a year earlier` is that half a year before; `the period` is that half, not the year counted back.
    ['Harbour Telecom said net profit for six months through March rose 12 per cent.\nRevenue from data grew to $40 million.\nProfit reached $31 million compared with $26 million a year earlier.\nVoice revenue slipped in the period, falling 2 per cent to $19 million.', '$40 million', '2020-10-01', '2021-03-31'],
    ['Harbour Telecom said net profit for six months through March rose 12 per cent.\nRevenue from data grew to $40 million.\nProfit reached $31 million compared with $26 million a year earlier.\nVoice revenue slipped in the period, falling 2 per cent to $19 million.', '$26 million', '2019-10-01', '2020-03-31'],
    ['Harbour Telecom said net profit for six months through March rose 12 per cent.\nRevenue from data grew to $40 million.\nProfit reached $31 million compared with $26 million a year earlier.\nVoice revenue slipped in the period, falling 2 per cent to $19 million.', '$19 million', '2020-10-01', '2021-03-31'],
  ] as const)('a page of one-sentence paragraphs → %s', (text, span, start, end) => {
    expect(claimOf(text, span).time).toMatchObject({ start, end });
  });

  it.each([
    // A dated page whose title names a quarter, a half or a calendar year reports on that period: its figures that name none are of it.
    ['Harbour Bank posts lower second quarter profit', 'The bank set aside $40 million for bad loans.', '$40 million', '2021-04-01', '2021-06-30'],
    ['Harbour Bank H1 2021 results', 'The bank set aside $40 million for bad loans.', '$40 million', '2021-01-01', '2021-06-30'],
    // So does a calendar year a statistics release is titled by.
    ['Regional Output 2020 Highlights', 'Only five regions posted faster growth.', 'five regions', '2020-01-01', '2020-12-31'],
    // A title naming the day of the event it reports (and no span) dates every figure of the page that names none.
    ['Harbour shares close higher on Thursday', 'Gainers beat losers 214 to 163.\nThe busiest counter rose $0.02 to $1.15.', '214', '2021-08-19', '2021-08-19'],
    ['Over 400 patients waited on trolleys yesterday', 'The city hospital had 52 patients on trolleys.', '52 patients', '2021-08-19', '2021-08-19'],
  ] as const)('a dated page titled %s', (title, text, span, start, end) => {
    const claim = extractFromText(text, { publishedAt: '2021-08-20', title }).claims.find((c) => c.text === span)!;
    expect(claim.time).toMatchObject({ start, end });
  });

  it.each([
    // A heading line naming a period governs the verbless result lines under it; under a heading comparing year on year, a base is of a year before.
    ['Results wrap.\nHarbour Bank Q1 2021 (Consolidated, YoY)\nRevenue up 5% at $40 million vs $38 million.\nNet profit at $9 million vs $7 million.', '$40 million', '2021-01-01', '2021-03-31'],
    ['Results wrap.\nHarbour Bank Q1 2021 (Consolidated, YoY)\nRevenue up 5% at $40 million vs $38 million.\nNet profit at $9 million vs $7 million.', '$7 million', '2020-01-01', '2020-03-31'],
    ['Results wrap.\nCoast Mining results for H1 2021\nOre output at 2 million tonnes.', '2 million tonnes', '2021-01-01', '2021-06-30'],
  ] as const)('a heading over result lines → %s: %s is %s..%s', (text, span, start, end) => {
    expect(claimOf(text, span).time).toMatchObject({ start, end });
  });

  it('reads a month of an undated page in the year its title names', () => {
    const claim = extractFromText('Arrivals in June were 3.1 million, up 14% year on year.', { publishedAt: null, title: 'First half of 2020 sees visitor surge' }).claims.find((c) => c.text === '3.1 million')!;
    expect(claim.time).toMatchObject({ start: '2020-06-01', end: '2020-06-30' });
  });

  it.each([
    // An undated page naming a fiscal year or a quarter of one reads its months up to that period's end: the February
    // of fiscal 2022/23 is February 2023, the October-December quarter before the second quarter of fiscal 2022 ended.
    ['Harbour Port reports its revenue for fiscal year 2022/23.\nIn the month of February, cargo revenue reached $12 million.', '$12 million', '2023-02-01', '2023-02-28'],
    ['Coast Mills posted a profit in the second quarter of fiscal 2022.\nThe company earned $8 million in the October-December quarter.', '$8 million', '2021-10-01', '2021-12-31'],
    // A calendar year keeps its months (a guard).
    ['Coast Mills posted a profit in 2022.\nThe company earned $8 million in March.', '$8 million', '2022-03-01', '2022-03-31'],
  ] as const)('an undated page: %s → %s is %s..%s', (text, span, start, end) => {
    expect(claimOf(text, span, null).time).toMatchObject({ start, end });
  });

  it.each([
    // An undated page takes its periods from its title when nothing nearer names one (guidelines §3, rule 4).
    ['Quarterly Earnings of Hourly Workers, Third Quarter 2014', 'Part-time workers earned 64.2 percent as much as full-time workers.', '64.2 percent', { start: '2014-07-01', end: '2014-09-30', source: 'title' }],
    ['County Budget Report for Fiscal Year 2024', 'Libraries receive $4.2 million.', '$4.2 million', { start: '2023-07-01', end: '2024-06-30', source: 'title' }],
    // A period nearer than the title still governs; a title naming only a day names no period of the figures.
    ['Usual Weekly Earnings, Third Quarter 2014', 'Earnings rose 2.5 percent in 2013.', '2.5 percent', { start: '2013-01-01', end: '2013-12-31', source: 'sentence' }],
    ['Council meets on March 3, 2024', 'The council approved 12 new posts.', '12 new posts', null],
  ] as const)('an undated page titled %s', (title, text, span, time) => {
    const claim = extractFromText(text, { publishedAt: null, title }).claims.find((c) => c.text === span)!;
    if (time === null) expect(claim.time).toBeNull();
    else expect(claim.time).toMatchObject(time);
  });

  it('takes no period from a calendar date in a dated page\'s title: it is the page\'s own date, not the day of its figures', () => {
    const claim = extractFromText('Milk volumes reached 31,000 litres.', { publishedAt: '2021-08-20', title: 'The weekly dairy notes, Aug 20' }).claims.find((c) => c.text === '31,000 litres')!;
    expect(claim.time).toBeNull();
  });

  it('takes no period from a title\'s comparison basis (`down on last year`)', () => {
    const claim = extractFromText('Reported burglaries fell to 86.', { publishedAt: '2021-08-20', title: 'Total number of crimes down on last year' }).claims.find((c) => c.text === '86')!;
    expect(claim.time).toBeNull();
  });

  it('reads `today` on the day of the dateline when the page was published a day later', () => {
    const claim = claimOf('FRANKFORT, Ky. (Oct. 28, 2021) – Today, the governor announced 245 new jobs.', '245 new jobs', '2021-10-29');
    expect(claim.time).toMatchObject({ start: '2021-10-28', end: '2021-10-28' });
  });

  it('runs a US federal department\'s fiscal year from October', () => {
    const claim = claimOf('WASHINGTON — The U.S. Department of Agriculture invested $2.8 billion in Fiscal Year 2019.', '$2.8 billion');
    expect(claim.time).toMatchObject({ start: '2018-10-01', end: '2019-09-30' });
  });

  it('binds the period of a comparison base to that base, not to the claims after it', () => {
    const claims = extract('In 2020, the library lent 410,000 books, up from 380,000 in 2019. It also hosted 1,200 events.').claims;
    expect(claims.find((c) => c.text === '380,000')!.time).toMatchObject({ start: '2019-01-01', end: '2019-12-31' });
    expect(claims.find((c) => c.text === '410,000 books')!.time).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
    expect(claims.find((c) => c.text === '1,200 events')!.time).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
  });

  it('does not take a launch date in an aside as the period of the claim', () => {
    const claim = claimOf('In 2020, the bike share, launched in May 2018 to serve downtown, logged 52,000 trips.', '52,000 trips');
    expect(claim.time).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
  });

  it('does not take a basis written with `from` and a month as the period', () => {
    expect(claimOf('Prices rose 4% from March 2020.', '4%').time).toBeNull();
  });

  it('does not take the basis of a change as the period of other claims', () => {
    const claims = extract('Last year, crews removed 1,350 tons of litter, up 12% from 2022, and its 94 workers kept the parks clean.', '2024-09-10').claims;
    expect(claims.map((claim) => claim.text)).toEqual(['1,350 tons', '12%', '94 workers']);
    for (const claim of claims) expect(claim.time).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('reads a fiscal year as the article describes it', () => {
    const claim = claimOf('The county spent $9 million in fiscal year 2021, which runs from October 1 to September 30.', '$9 million');
    expect(claim.time).toMatchObject({ start: '2020-10-01', end: '2021-09-30' });
  });

  it('turns the seasons of the year on a page from the southern hemisphere', () => {
    const claim = claimOf('Sydney recorded 40 days of rain this summer, the wettest in Australia.', '40 days', '2021-03-01');
    expect(claim.time).toMatchObject({ start: '2020-12-01', end: '2021-02-28' });
  });

  it('falls back to the dateline when the article has no date', () => {
    const claim = claimOf('SPRINGFIELD, Ill. (March 3, 2021) — The city paid $5 million last year.', '$5 million', null);
    expect(claim.time).toMatchObject({ start: '2020-01-01', end: '2020-12-31' });
  });

  it('reads a month on a page without a date in the year the page last named', () => {
    const claims = extract('In December 2019, output fell 3%. In November, output stood at 28 million barrels. Output was flat throughout the year, at 29 million barrels.', null).claims;
    expect(claims.find((c) => c.text === '28 million barrels')!.time).toMatchObject({ start: '2019-11-01', end: '2019-11-30' });
    expect(claims.find((c) => c.text === '29 million barrels')!.time).toMatchObject({ start: '2019-01-01', end: '2019-12-31' });
  });

  it.each([
    // The day something was said is not the period of what was said.
    ['The mill will have a capacity of 24 million tonnes a year, an official said on Monday.', '24 million tonnes'],
    ['The plant will cost $2 billion, the company said on Monday, June 14.', '$2 billion'],
    // A weekday inside a name is no day.
    ['The church served 300 meals on Palm Sunday.', '300 meals'],
    // A record's reference point (`his first win since`) is no period.
    ['With his first win since May 2, the pitcher improved to 9-4.', '9'],
    // `this season` without a league the page names spans no known months.
    ['The club has 23 wins this season.', '23 wins'],
    // A figure after `follows a` is a base: the period written after it is that base's alone.
    ['The 5.6 per cent increase follows a 6 per cent increase in the 12 months to the June 2021 quarter.', '5.6 per cent'],
  ] as const)('%s → %s has no period', (sentence, span) => {
    expect(claimOf(sentence, span).time).toBeNull();
  });

  // Sentences that run past the head of a page (its first 300 characters, which name the government it is from).
  const LATER = ' Officials said the work would continue through the coming months, with more detail to be published later by the department in its regular reports to residents and businesses.'.repeat(2);

  it.each([
    // Parts of a year as statistics offices and company results write them.
    ['Exports rose 13 per cent in the first three quarters of fiscal year 2020-21.', '13 per cent', PUBLISHED, '2020-07-01', '2021-03-31'],
    ['Output grew 4.7 per cent in the first three quarters of 2020.', '4.7 per cent', PUBLISHED, '2020-01-01', '2020-09-30'],
    ['Palay output reached 28,000 tonnes during the second semester of 2020.', '28,000 tonnes', PUBLISHED, '2020-07-01', '2020-12-31'],
    ['The 2020 second semester harvest covered 10,000 hectares.', '10,000 hectares', PUBLISHED, '2020-07-01', '2020-12-31'],
    ['The company earned $90 million for the quarter ended June 30, 2021.', '$90 million', PUBLISHED, '2021-04-01', '2021-06-30'],
    // A comparison base naming only a year, under a quarter, is that quarter of the year (`the same period of 2019` too).
    ['The company earned $141 million for the first quarter ended March 31, 2021, compared to $122 million in 2020.', '$122 million', PUBLISHED, '2020-01-01', '2020-03-31'],
    ['GDP grew 5.5 per cent in the third quarter of 2020 compared to 6.2 per cent in the same period of 2019.', '6.2 per cent', PUBLISHED, '2019-07-01', '2019-09-30'],
    // A futures contract's month is no period.
    ['US crude for January delivery rose 2.75 percent.', '2.75 percent', PUBLISHED, null, null],
    // The page's country is the one it names most or in its head: a trading partner named once further down sets no fiscal year.
    [`BRISBANE — The Queensland Government will spend $40 million on rural roads in 2023-24.${LATER} Coal exports to Japan grew 4 per cent.`, '$40 million', '2023-06-15', '2023-07-01', '2024-06-30'],
    [`The county will spend $5 million on parks in 2023-24.${LATER} Its sister city is in Japan.`, '$5 million', '2023-06-15', '2023-07-01', '2024-06-30'],
    // A government's Budget (capitalised) funds the fiscal year starting within six months, else the one under way; a council's budget is no period.
    ['The council set aside $2 million for parks in the budget.', '$2 million', PUBLISHED, null, null],
    ['The 300 new places funded in this year’s Federal Budget are filling fast.', '300 new places', '2021-11-20', '2021-07-01', '2022-06-30'],
    // A first paragraph's bare year pair (a school year) is no story-wide fiscal year; a game's day is not that of a fine.
    ['The district will open 3 new schools in the 2023-24 school year.\n\nIt hired 120 teachers.\n\nEnrolment reached 14,000 students.\n\nBuses run on 12 routes.', '120 teachers', '2023-06-15', null, null],
    ['The Rockets beat the Thunder 112-111 on Tuesday night in an NBA game.\n\nHarden scored 39 points.\n\nThe league fined Harden $25,000.\n\nPaul added 24 points.', '$25,000', '2019-04-10', null, null],
    // A team's record in the first paragraph (`now 45-35`) reports no game: its day is no period of the later figures.
    ['The NBA’s Thunder, now 45-35, signed a guard on Tuesday.\n\nHe averaged 12 points last year.\n\nHe played in 48 games.\n\nHe is 27.', '48 games', '2019-04-10', null, null],
    // `the quarter under review`, `the reference period`: the period the page reports on, the first it names.
    ['Output grew 5.5 per cent during the third quarter of 2020.\n\nDuring the quarter under review, inflation averaged 7.5 per cent.', '7.5 per cent', PUBLISHED, '2020-07-01', '2020-09-30'],
    ['Palay output fell 12 percent in the second semester of 2020.\n\nDuring the reference period, irrigated farms produced 65 percent of it.', '65 percent', PUBLISHED, '2020-07-01', '2020-12-31'],
    // A bare `in the quarter` is the page's period when that period is a quarter.
    ['Revenue rose to $5 million in the first quarter of 2021.\n\nMargins widened to 12% in the quarter.', '12%', PUBLISHED, '2021-01-01', '2021-03-31'],
    // `the previous year` counts back from the period the sentence names (a 12-month window, a quarter).
    ['Deaths rose to 100,000 in the 12 months ending in April 2021, up from 76,000 the previous year.', '76,000', PUBLISHED, '2019-05-01', '2020-04-30'],
    ['Sales rose to $5 million in the third quarter of 2020, from $4 million the prior year.', '$4 million', PUBLISHED, '2019-07-01', '2019-09-30'],
    // A window of past decades, in whole years up to the article's.
    ['In the last three decades alone, the number of centenarians nearly tripled.', 'tripled', PUBLISHED, '1992-01-01', '2021-12-31'],
    // `the last fiscal` is a year, `the last fiscal quarter` no year.
    ['Revenue rose 5% in the last fiscal quarter.', '5%', PUBLISHED, null, null],
    // A page naming a league but reporting no game keeps its calendar quarters.
    ['The network said its NFL rights lifted advertising revenue 8% in the third quarter.', '8%', PUBLISHED, '2020-07-01', '2020-09-30'],
    // The day of an announcement yields only to a period of the claim's own phrase, not to one after a comma.
    ['The company on Monday announced 300 job cuts, with more to follow in 2022.', '300 job cuts', PUBLISHED, '2021-06-14', '2021-06-14'],
  ] as const)('%s → %s (published %s) is %s..%s', (text, span, publishedAt, start, end) => {
    const time = claimOf(text, span, publishedAt).time;
    if (start === null) expect(time).toBeNull();
    else expect(time).toMatchObject({ start, end });
  });

  // Round 9: constructions of statistics releases and news, each a row of its own (sentences written for these tests).
  it.each([
    // The months of a fiscal year named after them; four-digit years need brackets or `FY` to be one.
    ['Textile exports during July-March (2020-21) were $11.2 billion.', '$11.2 billion', PUBLISHED, '2020-07-01', '2021-03-31'],
    ['Tax receipts in April–December 2020-21 rose to Rs 9,000 crore.', 'Rs 9,000 crore', PUBLISHED, '2020-04-01', '2020-12-31'],
    ['Imports fell to $3 billion in July-March of fiscal year 2020-21 from $4 billion.', '$3 billion', PUBLISHED, '2020-07-01', '2021-03-31'],
    // A comparison base after `compared to the exports of` dates that base alone; the growth after it is of the first period.
    ['Exports during July-March (2020-21) were $9 billion compared to the exports of $8 billion during July-March (2019-20), showing growth of 12.5 percent.', '12.5 percent', PUBLISHED, '2020-07-01', '2021-03-31'],
    ['Exports during July-March (2020-21) were $9 billion compared to the exports of $8 billion during July-March (2019-20), showing growth of 12.5 percent.', '$8 billion', PUBLISHED, '2019-07-01', '2020-03-31'],
    // The year to a quarter is the four quarters ending with it.
    ['Employment rose by 2.4% in the year to the second quarter of 2020.', '2.4%', PUBLISHED, '2019-07-01', '2020-06-30'],
    ['Prices rose 3.1 per cent in the 12 months to the fourth quarter of 2020.', '3.1 per cent', PUBLISHED, '2020-01-01', '2020-12-31'],
    // `the last quarter` is the last whole quarter before the article date; `this time last year` a day.
    ['The jobless rate fell from 9.1% to 8.7% in the last quarter.', '8.7%', '2021-05-20', '2021-01-01', '2021-03-31'],
    ['Long-term unemployment fell from 6.2% this time last year to 5.1% now.', '6.2%', PUBLISHED, '2020-06-15', '2020-06-15'],
    // `since the beginning of the year`: from January to the article date.
    ['The shares have gained 11 per cent since the beginning of the year.', '11 per cent', PUBLISHED, '2021-01-01', '2021-06-15'],
    // `this quarter`, `the latest quarter`, `in the period`: the page's period (a bare `the period` the one named last before it).
    ['GDP rose 0.9 percent in the March 2021 quarter.\n\nConstruction grew 2.2 percent this quarter.', '2.2 percent', PUBLISHED, '2021-01-01', '2021-03-31'],
    ['GDP rose 0.9 percent in the March 2021 quarter.\n\nNine of 16 industries grew in the latest quarter.', '16 industries', PUBLISHED, '2021-01-01', '2021-03-31'],
    ['Arrivals were 3 million in May.\n\nArrivals reached 15 million in the first half of 2021.\n\nDay trippers made up 40% of arrivals during the period.', '40%', PUBLISHED, '2021-01-01', '2021-06-30'],
    // A period written straight after a verb of saying, as the adjective of its object.
    ['The carrier on Thursday reported first-quarter profit of $4.1 billion.', '$4.1 billion', '2021-04-22', '2021-01-01', '2021-03-31'],
    // A period as the attribute of the noun a figure is of dates that figure (the same part of that year).
    ['Rice output reached 9,100 tonnes in the first half of 2021. This was lower than the 2020 level of 9,800 tonnes.', '9,800 tonnes', PUBLISHED, '2020-01-01', '2020-06-30'],
    ['Rice output reached 9,100 tonnes in the first half of 2021, down from year-ago level of 9,800 tonnes.', '9,800 tonnes', PUBLISHED, '2020-01-01', '2020-06-30'],
    ['Rice output reached 9,100 tonnes in the first half of 2021, down from the previous year’s record of 9,800 tonnes.', '9,800 tonnes', '2021-02-15', '2020-01-01', '2020-06-30'],
    // A base's `last year` under a part of a year is that part a year earlier; `a similar quarter last year` too.
    ['Imports in the first three quarters of 2021 rose from $30 billion last year to $34 billion.', '$30 billion', '2021-10-20', '2020-01-01', '2020-09-30'],
    ['Inflation averaged 6 per cent in the third quarter of 2021, against 5 per cent during a similar quarter last year.', '5 per cent', '2021-11-20', '2020-07-01', '2020-09-30'],
    // A weekday after words of what is to come is the coming one (the article is of a Tuesday).
    ['Forecasters said the storm will make landfall with winds of 150 kph early Monday.', '150 kph', PUBLISHED, '2021-06-21', '2021-06-21'],
    // A change and the level it reached share the period written after that level, past a period of another clause.
    ['This week we were proud to report that spending grew, up 3.4 percent to $9 billion in 2020.', '3.4 percent', PUBLISHED, '2020-01-01', '2020-12-31'],
    ['The report showed a 2 percent increase in jobs to 80,000 in 2020.', '2 percent', PUBLISHED, '2020-01-01', '2020-12-31'],
    // The sentences after it carry the period an earlier sentence's figures took, before the other periods it names.
    ['This week we were proud to report that spending grew, up 3.4 percent to $9 billion in 2020. Visitors spent $900 per trip.', '$900', PUBLISHED, '2020-01-01', '2020-12-31'],
    // `over the next two months`: a window from the article's day forward.
    ['Over the next two months, crews will repave 30 miles of road.', '30 miles', PUBLISHED, '2021-06-15', '2021-08-15'],
    // `on the week`: the market's week, Monday to Sunday (on a Monday, the week just ended); `over the last year`: the 12 months to the article's day.
    ['Copper fell 1.5 per cent on the week.', '1.5 per cent', '2021-06-14', '2021-06-07', '2021-06-13'],
    ['Figures show an increase of 40,000 in employment over the last year.', '40,000', PUBLISHED, '2020-06-15', '2021-06-15'],
    // A period opened by `Compared to` is a basis, wherever the change is written.
    ['Retail turnover rose 0.4 per cent in May 2021. Compared to May 2020, the trend estimate rose 2.1 per cent.', '2.1 per cent', PUBLISHED, '2021-05-01', '2021-05-31'],
    // `for the whole year` is the whole of the year the sentence names before it.
    ['Growth was 2.8 percent for the fourth quarter of 2020 and 3.1 percent for the whole year.', '3.1 percent', PUBLISHED, '2020-01-01', '2020-12-31'],
    // `over the summer`: the season just ended (or under way) at the article date.
    ['About 60 teachers were hired over the summer.', '60 teachers', '2021-09-18', '2021-06-01', '2021-08-31'],
    // A change up to the end of a month is a flow from the start of that year; a change in points from a year is a basis.
    ['The population increased by 120,000 people by the end of June 2020.', '120,000 people', PUBLISHED, '2020-01-01', '2020-06-30'],
    ['Growth was 1.9 per cent in the year to June 2020, down by one percentage point from the previous year.', 'one percentage point', PUBLISHED, '2019-07-01', '2020-06-30'],
    // A change between two periods: its first figure is of the first period.
    ['Deaths rose 6% from the 12 months ending in March 2020 to the 12 months ending in March 2021, from 70,000 to 74,200.', '70,000', PUBLISHED, '2019-04-01', '2020-03-31'],
    // Round 15: constructions of fresh dev pages (sentences written for these tests).
    // A day in the next two months is still to come, not one of the year before.
    ['Voters will decide on the $800 million bond issue in the election on April 4.', '$800 million', '2017-03-23', '2017-04-04', '2017-04-04'],
    // A pair of years named a fiscal year is one fiscal year (a year pair of four digits is no serial number).
    ['The council adopted a $1.6 billion budget for the 2017-2018 fiscal year.', '$1.6 billion', PUBLISHED, '2017-07-01', '2018-06-30'],
    // `in year to Q4 2015`: the four quarters ending with that one.
    ['Employment increased by 2.3% in year to Q4 2015.', '2.3%', '2016-02-23', '2015-01-01', '2015-12-31'],
    ['Prices rose 1.1% in the year to Quarter 2 2024.', '1.1%', PUBLISHED, '2023-07-01', '2024-06-30'],
    // A quarter with a year of two digits after an apostrophe (its digits are no claim).
    ['Output reached 1.99 mbpd in Q1 ’19 and 2.04 mbpd in Q3’17.', '2.04 mbpd', '2020-06-08', '2017-07-01', '2017-09-30'],
    // `the second half of the year` in January to March is the half just ended; later in the year, the year's own.
    ['Traffic grew 0.2% in the second half of the year.', '0.2%', '2020-01-15', '2019-07-01', '2019-12-31'],
    ['Traffic is expected to grow 0.2% in the second half of the year.', '0.2%', '2020-05-15', '2020-07-01', '2020-12-31'],
    // A month with a year of two digits after an apostrophe; a base after `against … of` is dated by its own period only.
    ['Loading of 134 MT was achieved in January’23 against loading of 129 MT in January’22, an improvement of 4%.', '4%', '2023-02-06', '2023-01-01', '2023-01-31'],
    ['Loading of 134 MT was achieved in January’23 against loading of 129 MT in January’22, an improvement of 4%.', '129 MT', '2023-02-06', '2022-01-01', '2022-01-31'],
    // A fourth quarter that ended in May: the fiscal year runs June to May.
    ['Net sales were $19 million for the fourth quarter ended May 31, 2004. Net earnings were $519,000 for the fourth quarter of fiscal 2004.', '$519,000', '2004-07-20', '2004-03-01', '2004-05-31'],
  ] as const)('%s → %s (published %s) is %s..%s', (text, span, publishedAt, start, end) => {
    expect(claimOf(text, span, publishedAt).time).toMatchObject({ start, end });
  });

  it.each([
    // A counted-back period with no period in the text to count from counts from the title's.
    ['Singapore GDP grows 4.3 percent in Q1', 'Services grew 3.8 percent, faster than the 3.5 percent growth in the previous quarter.', '2021-04-13', '3.5 percent', '2020-10-01', '2020-12-31'],
    ['GDP Report, Third Quarter 2020', 'Mining grew 5.0 per cent from 4.9 per cent in the previous quarter.', null, '4.9 per cent', '2020-04-01', '2020-06-30'],
    ['Overdose deaths rise in 2020', 'There was a 7 percent increase in cocaine deaths compared to 55 the previous year.', null, '55', '2019-01-01', '2019-12-31'],
    // A year compared with, under no period of the text, is of the part of a year the title names.
    ['Lab revenues grow 5% in first quarter 2021', 'Net income was $61 million, compared to $104 million, or $0.71 per share, in 2020.', '2021-04-22', '$104 million', '2020-01-01', '2020-03-31'],
    // A month the title names that the first sentence with a figure names too is a monthly release's month, for all its figures.
    ['Jobless rate holds at 3.2 percent in May', 'The jobless rate for May was 3.2 percent.\n\nStatewide, 665,750 people were employed.', '2016-06-17', '665,750 people', '2016-05-01', '2016-05-31'],
    // A dated page's title governs its changes (a rate in brackets named by a change noun of its sentence is a rise).
    ['Retail turnover rises 0.4 per cent in May', 'There were rises in Queensland (0.8 per cent) and Victoria (0.3 per cent).', '2021-07-03', '0.8 per cent', '2021-05-01', '2021-05-31'],
  ] as const)('a page titled %s', (title, text, publishedAt, span, start, end) => {
    const claim = extractFromText(text, { publishedAt, title }).claims.find((c) => c.text === span);
    expect(claim, span).toBeDefined();
    expect(claim!.time).toMatchObject({ start, end });
  });

  it('reads `the first three quarters of` as a period, not a fraction', () => {
    expect(extract('Output grew 4.7 per cent in the first three quarters of 2020.').claims.map((claim) => claim.text)).toEqual(['4.7 per cent']);
  });

  it('puts the offsets of the time expression in textStart/textEnd', () => {
    const { article, claims } = extract('The city served 1,200 households in 2020.');
    const time = claims[0]!.time!;
    expect(article.text.slice(time.textStart!, time.textEnd!)).toBe(time.text);
  });
});

describe('money in other dollars', () => {
  it('reads a bare $ as Canadian dollars under a Canadian dateline, and US$ stays USD', () => {
    const { claims } = extract('WESTBROOK, Ont. — The budget totals $284.9 million, and the county expects US$43.5 million in federal grants.');
    expect(claims.map((c) => c.unit)).toEqual(['CAD', 'USD']);
  });

  it.each([
    // A page's region names its dollar for `$` and for the bare words `dollars` and `cents`.
    ['Visitors to Hong Kong spent an average of $8,000 each.', '$8,000', 'HKD'],
    ['Singapore set aside $500 million for training.', '$500 million', 'SGD'],
    ['Petrol prices in New Zealand rose 41 cents a litre.', '41 cents', 'NZD'],
    ['The budget holds half a billion dollars for roads in regional Australia.', 'half a billion dollars', 'AUD'],
    // The country's people or its capital named in the opening.
    ['Canadian farmers will receive $300 million in drought aid.', '$300 million', 'CAD'],
    ['Ottawa added $12 billion in new spending.', '$12 billion', 'CAD'],
    ['Canberra will spend $2 billion on defence housing.', '$2 billion', 'AUD'],
    // A city dateline alone is no country: wire copy from Toronto reports NHL contracts in US dollars.
    ['TORONTO (AP) — The forward signed a deal worth $7 million a year.', '$7 million', 'USD'],
    // Other dollar countries, and the shared signs and words of the rupee and the shilling.
    ['The Jamaican Government will spend $2.6 billion on school feeding.', '$2.6 billion', 'JMD'],
    ['SUVA, Fiji — Cane farmers will be paid $85 a tonne this season.', '$85', 'FJD'],
    ['Namibia will borrow $3 billion to pay for the drought relief.', '$3 billion', 'NAD'],
    ['ISLAMABAD — The province released 40 billion rupees for the canal works.', '40 billion rupees', 'PKR'],
    ['COLOMBO — The tea auction averaged Rs. 1,240 a kilogram.', 'Rs. 1,240', 'LKR'],
    ['NEW DELHI — India sanctioned Rs 900 crore for roads on the Pakistan border.', 'Rs 900 crore', 'INR'],
    ['KAMPALA, Uganda — Parliament approved Shs52.7 trillion for the budget.', 'Shs52.7 trillion', 'UGX'],
    ['Tanzania will spend 2.1 trillion shillings on the railway this year.', '2.1 trillion shillings', 'TZS'],
    ['NAIROBI, Kenya — Treasury sent Sh12 billion to counties bordering Uganda.', 'Sh12 billion', 'KES'],
    // The signs of a currency's own written apart from the shared ones stay its own.
    ['The Jamaican Government raised US$300 million and J$45 billion in bonds.', 'US$300 million', 'USD'],
    ['Kenyan importers paid UShs 3 billion in Ugandan duties.', 'UShs 3 billion', 'UGX'],
    // Cents named by their dollar's country are that dollar's, whatever the page.
    ['DBS Group ended five Singapore cents lower.', 'five Singapore cents', 'SGD'],
    ['Woodside shares fell 4 Australian cents.', '4 Australian cents', 'AUD'],
    ['Pump prices rose 12 Canadian cents a litre.', '12 Canadian cents', 'CAD'],
    // A coin's move and the price it reaches, each written with its own sign, are two claims, not a range.
    ['The lender shed eight Singapore cents to S$11.06.', 'eight Singapore cents', 'SGD'],
    // `P` before an amount is the peso on a Philippine page, glued or one space apart.
    ['MANILA — Damage to crops reached P14 billion, the council said.', 'P14 billion', 'PHP'],
    ['Farm losses in the Philippines were put at P 8,966,629.28 for rice alone.', 'P 8,966,629.28', 'PHP'],
    ['Filipino exporters earned Php 2.3 billion from bananas.', 'Php 2.3 billion', 'PHP'],
  ] as const)('%s → %s is %s', (sentence, span, unit) => {
    expect(claimOf(sentence, span).unit).toBe(unit);
  });

  it.each([
    // Elsewhere `P` and a number is a code or a grade, never money.
    ['Farm losses in Texas were put at P14 billion, officials said.'],
    ['The P 2,500,000 figure in Ohio is a code for the permit series.'],
  ] as const)('%s has no money in pesos', (sentence) => {
    const { claims } = extract(sentence);
    expect(claims.filter((claim) => claim.unit === 'PHP')).toEqual([]);
  });

  it.each([
    // A Ghanaian page before the cedi's redenomination of July 2007 quotes old cedis; after it, new ones.
    ['2006-02-20', 'A gallon of kerosene now sells at ¢24,500 in Accra.', '¢24,500', 'GHC'],
    ['2006-02-20', 'Pump prices rose to 34,850 cedis a gallon of petrol.', '34,850 cedis', 'GHC'],
    ['2015-03-02', 'A gallon of kerosene now sells at GH¢ 12.50 in Accra.', 'GH¢ 12.50', 'GHS'],
    ['2015-03-02', 'The levy raised 1.2 billion cedis for the road fund.', '1.2 billion cedis', 'GHS'],
  ] as const)('on a page of %s, %s → %s is %s', (day, sentence, span, unit) => {
    const { article, claims } = extractFromText(`Fuel prices\nPublished: ${day}\n\n${sentence}`);
    const claim = claims.find((candidate) => candidate.text === span);
    expect(claim, JSON.stringify(claims.map((c) => c.text))).toBeDefined();
    expect(claim!.unit).toBe(unit);
    expect(article.text.slice(claim!.start, claim!.end)).toBe(span);
  });

  it.each([
    // A page whose text names no country has the fiscal year of its domain's country.
    ['https://www.borderstimes.co.uk/news/1', 'Recorded burglaries fell to 812 in 2022-23.', '812', '2022-04-01', '2023-03-31'],
    ['https://www.valleynews.com.au/news/2', 'Recorded burglaries fell to 812 in 2022-23.', '812', '2022-07-01', '2023-06-30'],
    // A quarter or a half of a fiscal year is counted from the year's first month (April in India).
    ['https://www.marketdesk.in/economy/3', 'Factory output grew 6.2% in the second quarter of 2022-23.', '6.2%', '2022-07-01', '2022-09-30'],
    ['https://www.marketdesk.in/companies/4', 'Net profit rose 14% to Rs 820 crore in H1 FY24.', 'Rs 820 crore', '2023-04-01', '2023-09-30'],
    ['https://www.marketdesk.in/economy/5', 'Collections in the last quarter of the FY 2022-23 averaged Rs 1.4 lakh crore a month.', 'Rs 1.4 lakh crore', '2023-01-01', '2023-03-31'],
  ] as const)('on %s, %s → %s is of %s..%s', (url, sentence, span, start, end) => {
    const { claims } = extractFromText(`Crime figures\nPublished: May 9, 2023\n\n${sentence}`, { url });
    expect(claims.find((claim) => claim.text === span)?.time).toMatchObject({ start, end });
  });

  it.each([
    // Tons are metric tonnes on a page of any other country than the United States; short tons stay short.
    ['https://www.example.com.pk/business/1', 'Mills crushed 65 million tons of sugarcane this season.', '65 million tons', 't'],
    ['https://news.example.co.uk/farming/2', 'The port handled 4,200 tons of grain.', '4,200 tons', 't'],
    ['https://www.example.com/us-news/3', 'The port handled 4,200 tons of grain.', '4,200 tons', 'ton'],
    ['https://www.example.com.au/mining/4', 'The mine shipped 3 million short tons of coal.', '3 million short tons', 'ton'],
  ] as const)('on %s, %s → %s is %s', (url, sentence, span, unit) => {
    const { claims } = extractFromText(`Harvest report\n\n${sentence}`, { url });
    expect(claims.find((claim) => claim.text === span)?.unit).toBe(unit);
  });

  it.each(currencyRegionSources.map((source) => [source.id, source.url, source.publisher, source.example] as const))('%s: a shared sign on a page of %s / %s', (id, url, publisher, sentence) => {
    const region = currencyRegions.find((rule) => rule.id === id)!;
    // The page as a plain-text input gives it: a title, then a date and source line, then the body.
    const page = `Budget update\nPublished: May 9, 2023${publisher ? ` | Source: ${publisher}` : ''}\n\n${sentence}`;
    const { article, claims } = extractFromText(page, { url });
    expect(article.publisher).toBe(publisher);
    expect(claims.find((claim) => claim.kind === 'money')?.unit).toBe(region.unit);
  });
});

describe('offsets', () => {
  const text = [
    'CALDER SPRINGS — The council approved a “$4.2 million” package, and rents rose 6.1% from last year.',
    'More than 1,200 households — about one-third of renters — are waiting; the city’s 60-bed center opens in May.',
  ].join('\n');

  it('every claim text is exactly article.text.slice(start, end)', () => {
    const { article, claims } = extract(text);
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const claim of claims) {
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(article.text.slice(claim.sentenceStart, claim.sentenceStart + claim.sentence.length)).toBe(claim.sentence);
      expect(claim.ruleId).toMatch(/^en-/);
    }
  });

  it('keeps offsets exact through HTML entities', () => {
    const html = '<html lang="en"><body><article><h1>Budget</h1><p>The city will spend&nbsp;$13.8&nbsp;million on roads &amp; bridges, up 3.5 percent.</p><p>Officials expect 2,400 new jobs.</p></article></body></html>';
    const { article, claims } = extractFromHtml(html, { publishedAt: PUBLISHED });
    expect(claims.map((c) => c.text)).toEqual(['$13.8 million', '3.5 percent', '2,400 new jobs']);
    for (const claim of claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
  });
});

describe('mixed articles', () => {
  it('extracts only the English sentences and leaves the Chinese ones to their own stages', () => {
    const { claims } = extract('全年发放临时救助金13830.6万元。\nThe city served 1,200 households in 2020.');
    const english = claims.filter((c) => c.lang === 'en');
    expect(english.map((c) => c.text)).toEqual(['1,200 households']);
    const chinese = claims.filter((c) => c.lang === 'zh');
    expect(chinese.map((c) => [c.text, c.sentence])).toEqual([['13830.6万元', '全年发放临时救助金13830.6万元。']]);
  });
});
