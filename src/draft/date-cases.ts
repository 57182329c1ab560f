/**
 * The date-case suite: each expression the drafter must read, against article dates on
 * different weekdays and at month and year ends, with the EDTF a careful editor would write.
 * Used by dates.test.ts (our rules) and scripts/draft/chrono-compare.ts (chrono-node).
 */
export interface DateCase {
  text: string;
  /** The article's date, `?` when inferred. */
  article: string;
  edtf: string;
}

export const DATE_CASES: DateCase[] = [
  // weekdays, biased to the past; the article's own weekday is the article's day
  { text: 'strikes on Thursday targeted the airfield', article: '2017-04-08', edtf: '2017-04-06' },
  { text: 'On Saturday, officials discussed the conflict', article: '2017-04-08', edtf: '2017-04-08' },
  { text: 'an attack took place Tuesday', article: '2017-04-08', edtf: '2017-04-04' },
  { text: 'the talks on Friday ended', article: '2017-04-08', edtf: '2017-04-07' },
  { text: 'they met Tuesday', article: '2020-07-08', edtf: '2020-07-07' },
  { text: 'they met on Wednesday', article: '2020-07-08', edtf: '2020-07-08' },
  { text: 'the raid on Sunday', article: '2016-08-01', edtf: '2016-07-31' }, // across a month end
  { text: 'the vote on Thursday', article: '2019-01-02', edtf: '2018-12-27' }, // across a year end
  { text: 'he spoke on Monday', article: '2015-10-15', edtf: '2015-10-12' },
  { text: 'aircraft on Tuesday and Wednesday targeted rebels', article: '2016-08-18', edtf: '2016-08-16/2016-08-17' },
  { text: 'fighting on Saturday and Sunday', article: '2020-01-01', edtf: '2019-12-28/2019-12-29' },
  { text: 'signed on Wednesday', article: '2020-07-08?', edtf: '2020-07-08?' },
  // months and years
  { text: 'passed the act last month', article: '2020-07-08', edtf: '2020-06' },
  { text: 'passed the act last month', article: '2020-01-15', edtf: '2019-12' },
  { text: 'the decision last year', article: '2016-08-18', edtf: '2015' },
  { text: 'the deal last year', article: '2019-04?', edtf: '2018?' },
  { text: 'killed in January', article: '2020-07-08', edtf: '2020-01' },
  { text: 'Last July, a meeting', article: '2015-10-15', edtf: '2015-07' },
  { text: 'In November, a meeting', article: '2015-10-15', edtf: '2014-11' },
  { text: 'In September, two developments', article: '2015-10-15', edtf: '2015-09' },
  { text: 'earlier this month the coalition', article: '2016-08-18', edtf: '2016-08' },
  { text: 'met virtually last week', article: '2020-07-08', edtf: '2020-06-29/2020-07-05' },
  { text: 'met virtually last week', article: '2019-01-03', edtf: '2018-12-24/2018-12-30' },
  // explicit dates, intervals and approximations
  { text: 'told reporters on April 7', article: '2019-04-10', edtf: '2019-04-07' },
  { text: 'told reporters on April 7', article: '2019-04?', edtf: '2019-04-07?' },
  { text: 'on December 30 the talks', article: '2019-01-05', edtf: '2018-12-30' },
  { text: 'gathered on April 14, 2018, in protest', article: '2020-07-08', edtf: '2018-04-14' },
  { text: 'deployed to Syria in October 2018', article: '2020-07-08', edtf: '2018-10' },
  { text: 'lost its equipment in the 2003 invasion', article: '2019-04?', edtf: '2003' },
  { text: 'airstrikes in the country since late 2015', article: '2017-04-08', edtf: '2015-09~/2017-04-08' },
  { text: 'the campaign since 2011', article: '2020-07-08', edtf: '2011/2020-07-08' },
  { text: 'were delivered late June-July', article: '2015-10-15', edtf: '2015-06~/2015-07' },
  { text: 'missiles recently showed up', article: '2015-10-15', edtf: '2015-10~' },
  { text: 'laid siege for weeks', article: '2016-08-18', edtf: '2016-07~/2016-08-18' },
];
