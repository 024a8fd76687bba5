// Generates the feast tables of src/temporal/lang/tables/ (a developer tool: neither the build nor
// the tests run it; the tables it wrote are committed, as facts, with their source named).
//
//   npm install astronomy-engine lunar-javascript @tabby_ai/hijri-converter
//   node scripts/gen-feast-tables.js indian 1950 2050 > src/temporal/lang/tables/indian.tsv
//   node scripts/gen-feast-tables.js chinese 1950 2050 > src/temporal/lang/tables/chinese.tsv
//   node scripts/gen-feast-tables.js umm-al-qura > src/temporal/lang/tables/islamic_months.tsv
//
// indian: computed here from astronomy-engine's ephemeris: tithis from the moon-sun elongation,
// amanta months named by the sun's sidereal sign (Lahiri ayanamsa) at the new moon, leap months
// skipped, each feast judged at its customary time of day (sunrise, madhyahna, pradosh, nishita,
// moonrise) at New Delhi; solar feasts from the sidereal sankranti.
let A;

function astronomy() { return A || (A = require('astronomy-engine')); }
const IST = 5.5 / 24;                                    // days
let DELHI, KERALA;  // reference places for sunrise and sunset; Thiruvananthapuram for Onam
const MONTHS = ['chaitra', 'vaishakha', 'jyeshtha', 'ashadha', 'shravana', 'bhadrapada', 'ashvin',
                'kartika', 'margashirsha', 'pausha', 'magha', 'phalguna'];

// Lahiri (Chitrapaksha) ayanamsa in degrees, linear in time: 23.8531 deg at J2000, 50.2888"/year.
function ayanamsa(t) { return 23.8531 + (t.tt / 365.25) * 50.2888 / 3600; }
function norm(x) { return ((x % 360) + 360) % 360; }
function siderealSun(t) { return norm(A.SunPosition(t).elon - ayanamsa(t)); }
function siderealMoon(t) { return norm(A.EclipticGeoMoon(t).lon - ayanamsa(t)); }

// Civil day numbers in IST: day k covers [k, k+1) in "IST days since 1970-01-01".
function istDay(t) { return Math.floor(t.ut + 10957.5 + IST); }        // t.ut: days since J2000 (UT)
function dayStartUT(k) { return A.MakeTime(k - 10957.5 - IST); }        // IST midnight as AstroTime
function dayName(k) { return new Date(k * 86400000).toISOString().slice(0, 10); }
const sunCache = new Map();
function sunEvent(k, dir, obs = DELHI) {
  const key = `${k}:${dir}:${obs.latitude}`;
  if (!sunCache.has(key)) sunCache.set(key, A.SearchRiseSet(A.Body.Sun, obs, dir, dayStartUT(k), 1));
  return sunCache.get(key);
}
const sunrise = (k, obs) => sunEvent(k, +1, obs), sunset = (k, obs) => sunEvent(k, -1, obs);

// The part of day k in which an observance is judged, [from, to] in UT days: a point for
// 'sunrise' and 'moonrise', else a span of the day (fifths) or of the night (muhurtas, fifteenths).
function window(k, at) {
  const rise = sunrise(k).ut, set = sunset(k).ut, next = sunrise(k + 1).ut;
  const day = (set - rise) / 5, night = (next - set) / 15;
  switch (at) {
    case 'sunrise': return [rise, rise];
    case 'midday': return [rise + 2 * day, rise + 3 * day];        // madhyahna
    case 'afternoon': return [rise + 3 * day, rise + 4 * day];     // aparahna
    case 'sunset': return [set, set];
    case 'pradosh': return [set, set + 3 * night];                 // the first three muhurtas
    case 'midnight': return [set + 7 * night, set + 8 * night];    // nishita, the 8th muhurta
    case 'moonrise': {
      const m = A.SearchRiseSet(A.Body.Moon, DELHI, +1, A.MakeTime(set - 0.1), 1);
      return m ? [m.ut, m.ut] : [set, set];
    }
  }
  throw new Error(at);
}

// Lunar months (amanta: new moon to new moon) covering Gregorian year y.
function lunarMonths(y) {
  const out = [];
  let t = A.SearchMoonPhase(0, A.MakeTime(new Date(Date.UTC(y - 1, 10, 1))), 40);
  while (t.ut < A.MakeTime(new Date(Date.UTC(y + 1, 2, 1))).ut) {
    const next = A.SearchMoonPhase(0, A.MakeTime(t.ut + 1), 40);
    const r0 = Math.floor(siderealSun(t) / 30), r1 = Math.floor(siderealSun(next) / 30);
    out.push({start: t, end: next, name: MONTHS[(r0 + 1) % 12], adhika: r0 === r1});
    t = next;
  }
  return out;
}

// The instant at which tithi n (1..30) of the month starting at new moon nm begins.
function tithiStart(nm, n) {
  if (n === 1) return nm.ut;
  return A.SearchMoonPhase((n - 1) * 12, nm, 32).ut;
}

// The civil day on which tithi n of `month` is observed: the day whose observance window the
// tithi covers most (a point window: contains); on a tie the first; if none (a tithi that misses
// every window), the day whose sunrise it covers, else the day it begins.
function tithiDay(month, n, at) {
  const s = tithiStart(month.start, n), e = n === 30 ? month.end.ut : tithiStart(month.start, n + 1);
  let best = null, bestCover = -1;
  for (let k = istDay(A.MakeTime(s)) - 1; k <= istDay(A.MakeTime(e)) + 1; ++k) {
    const [from, to] = window(k, at);
    const cover = to > from ? Math.min(to, e) - Math.max(from, s) : (from >= s && from < e ? 1e-9 : -1);
    if (cover > 0 && cover > bestCover) best = k, bestCover = cover;
  }
  if (best !== null) return best;
  return at === 'sunrise' ? istDay(A.MakeTime(s)) : tithiDay(month, n, 'sunrise');
}

// The civil day a sidereal solar month begins, by rule: 'sunset' (the day of the sankranti if it
// falls before sunset, else the next; Tamil and Punjabi), 'midnight' (before midnight: the next
// day; after: the day after; Bengali).
function sankrantiDay(y, rashi, rule) {
  // search the tropical longitude near the sidereal target (ayanamsa varies slowly)
  const guess = A.MakeTime(new Date(Date.UTC(y, (rashi + 3) % 12, 1)));
  let t = A.SearchSunLongitude(norm(rashi * 30 + ayanamsa(guess)), A.MakeTime(guess.ut - 40), 60);
  t = A.SearchSunLongitude(norm(rashi * 30 + ayanamsa(t)), A.MakeTime(t.ut - 5), 10);
  const k = istDay(t);
  if (rule === 'sunset') return t.ut < sunset(k).ut ? k : k + 1;
  return k + 1;  // Bengali: the month begins the day after the sankranti (before midnight)
}

// Onam: the day in the solar month Simha (Chingam) on which the moon is in the nakshatra
// Shravana (Thiruvonam, 280..293.33 deg) at sunrise + 6 nazhika (2h24m) in Kerala.
function onam(y) {
  const first = sankrantiDay(y, 4, 'sunset'), last = sankrantiDay(y, 5, 'sunset');
  for (let k = first; k < last; ++k) {
    const lon = siderealMoon(A.MakeTime(sunrise(k, KERALA).ut + 0.1));
    if (lon >= 280 && lon < 280 + 40 / 3) return k;
  }
  return null;
}

// Festivals: a tithi of an amanta month (the nija one in a leap year), judged at `at`.
// Tithi 1..15 is the bright half (shukla), 16..30 the dark half (krishna; 30 = amavasya).
const LUNAR = [
  ['ugadi', 'chaitra', 1, 'sunrise'], ['rama_navami', 'chaitra', 9, 'midday'],
  ['mahavir_jayanti', 'chaitra', 13, 'sunrise'], ['buddha_purnima', 'vaishakha', 15, 'sunrise'],
  ['ratha_yatra', 'ashadha', 2, 'sunrise'], ['guru_purnima', 'ashadha', 15, 'sunrise'],
  ['raksha_bandhan', 'shravana', 15, 'afternoon'], ['janmashtami', 'shravana', 23, 'midnight'],
  ['ganesh_chaturthi', 'bhadrapada', 4, 'midday'], ['navaratri', 'ashvin', 1, 'sunrise'],
  ['maha_saptami', 'ashvin', 7, 'sunrise'], ['dussehra', 'ashvin', 10, 'afternoon'],
  ['valmiki_jayanti', 'ashvin', 15, 'sunrise'], ['karva_chauth', 'ashvin', 19, 'moonrise'],
  ['dhanteras', 'ashvin', 28, 'pradosh'], ['kali_chaudas', 'ashvin', 29, 'midnight'],
  ['diwali', 'ashvin', 30, 'pradosh'], ['bhai_dooj', 'kartika', 2, 'afternoon'],
  ['chhath', 'kartika', 6, 'sunset'], ['guru_nanak_jayanti', 'kartika', 15, 'sunrise'],
  ['guru_gobind_singh_jayanti', 'pausha', 7, 'sunrise'], ['vasant_panchami', 'magha', 5, 'sunrise'],
  ['guru_ravidas_jayanti', 'magha', 15, 'sunrise'], ['maha_shivaratri', 'magha', 29, 'midnight'],
  ['holika_dahan', 'phalguna', 15, 'pradosh'],
];

function generate(first, last) {
  const rows = new Map();
  const put = (name, y, k) => {
    if (!rows.has(name)) rows.set(name, []);
    if (k !== null && dayName(k).startsWith(String(y))) rows.get(name).push(dayName(k));
  };
  for (let y = first; y <= last; ++y) {
    const months = lunarMonths(y);
    for (const [name, month, tithi, at] of LUNAR) {
      const found = [];
      for (const m of months)
        if (m.name === month && !m.adhika) {
          const k = tithiDay(m, tithi, at);
          if (dayName(k).startsWith(String(y))) found.push(k);
        }
      if (found.length) put(name, y, found[0]);
    }
    put('makar_sankranti', y, sankrantiDay(y, 9, 'sunset'));
    put('vaisakhi', y, sankrantiDay(y, 0, 'sunset'));
    put('pohela_boishakh', y, sankrantiDay(y, 0, 'midnight'));
    put('onam', y, onam(y));
  }
  return rows;
}

function indian(first, last) {
  astronomy();
  DELHI = new A.Observer(28.6139, 77.2090, 0);
  KERALA = new A.Observer(8.5241, 76.9366, 0);
  console.log('#! dates');
  console.log(`# Hindu, Sikh, Jain and Buddhist feasts of India, ${first}-${last}: computed by`);
  console.log('# scripts/gen-feast-tables.js (see there how); regenerate rather than edit.');
  for (const [name, dates] of generate(first, last)) console.log(`${name}\t${dates.join(' ')}`);
}

// Chinese New Year (1st day of the 1st lunar month), from lunar-javascript; date-chinese agrees
// for 1950-2050.
function chinese(first, last) {
  const {Lunar} = require('lunar-javascript');
  const days = [];
  for (let y = first; y <= last; ++y) days.push(Lunar.fromYmd(y, 1, 1).getSolar().toYmd());
  console.log('#! dates');
  console.log(`# Chinese lunisolar calendar, ${first}-${last}: from the npm package lunar-javascript`);
  console.log('# (cross-checked with date-chinese) by scripts/gen-feast-tables.js.');
  console.log(`chinese_new_year\t${days.join(' ')}`);
}

// The Umm al-Qura calendar of Saudi Arabia: each Hijri year's first day and month lengths, from
// the npm package @tabby_ai/hijri-converter (which covers 1343-1500 AH; its first years are irregular).
function ummAlQura() {
  const {hijriToGregorian} = require('@tabby_ai/hijri-converter');
  const iso = (g) => `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
  const day = (y, m) => Date.parse(iso(hijriToGregorian({year: y, month: m, day: 1}))) / 86400000;
  console.log('#! islamic-months');
  console.log('# The Umm al-Qura calendar (Saudi Arabia), 1365-1499 AH: YEAR, its 1 Muharram, and the');
  console.log('# lengths of its 12 months; from the npm package @tabby_ai/hijri-converter by');
  console.log('# scripts/gen-feast-tables.js. Outside these years the tabular calendar is used.');
  for (let y = 1365; y < 1500; ++y) {  // before 1365 its table has months of 28 and 31 days
    const lengths = [];
    for (let m = 1; m <= 12; ++m)
      lengths.push((m === 12 ? day(y + 1, 1) : day(y, m + 1)) - day(y, m));
    console.log(`${y}\t${iso(hijriToGregorian({year: y, month: 1, day: 1}))}\t${lengths.join(',')}`);
  }
}

const [what, first, last] = process.argv.slice(2);
if (what === 'indian') indian(Number(first), Number(last));
else if (what === 'chinese') chinese(Number(first), Number(last));
else if (what === 'umm-al-qura') ummAlQura();
else throw new Error('usage: gen-feast-tables.js indian|chinese FIRST LAST, or umm-al-qura');
