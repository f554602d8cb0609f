// Qualifiers around a number and the `approx` they give the claim (annotation guidelines §1).
// Prefix qualifiers stand before the span and stay outside it; suffix qualifiers follow it.
import type { Approx } from '../../core/schema.js';

export interface QualifierRule {
  id: string;
  /** Lower-case word sequences, one space between words. */
  phrases: string[];
  position: 'before' | 'after';
  /** Does not apply to durations: `over five years` is a period, not more than five years. */
  notForDurations?: boolean;
  approx: Approx;
  example: string;
  expect: Approx;
}

export const qualifiers: QualifierRule[] = [
  { id: 'qualifier-more-than', phrases: ['more than', 'greater than', 'higher than', 'in excess of', 'upwards of', 'just over', 'well over', 'above', 'exceeding', 'surpassing', 'topping', 'older than', 'exceeded', 'exceeds', 'surpassed', 'surpasses', 'topped'], position: 'before', approx: 'gt', example: 'more than 8,000 residents', expect: 'gt' },
  { id: 'qualifier-over', phrases: ['over'], position: 'before', approx: 'gt', notForDurations: true, example: 'over 500 volunteers', expect: 'gt' },
  { id: 'qualifier-at-least', phrases: ['at least', 'no less than', 'no fewer than', 'not less than', 'a minimum of', 'minimum of'], position: 'before', approx: 'gte', example: 'at least 40 new beds', expect: 'gte' },
  { id: 'qualifier-less-than', phrases: ['less than', 'fewer than', 'lower than', 'younger than', 'just under', 'under', 'below'], position: 'before', approx: 'lt', example: 'fewer than 300 applicants', expect: 'lt' },
  { id: 'qualifier-up-to', phrases: ['within', 'up to', 'no more than', 'not more than', 'at most', 'a maximum of', 'maximum of', 'as many as', 'as much as'], position: 'before', approx: 'lte', example: 'grants of up to $25,000', expect: 'lte' },
  { id: 'qualifier-about', phrases: ['nearly', 'almost', 'about', 'around', 'approximately', 'approx.', 'roughly', 'some', 'close to', 'an estimated', 'estimated', 'circa', 'just about', 'more or less', 'in the neighborhood of', 'on the order of'], position: 'before', approx: 'approx', example: 'nearly 2,000 households', expect: 'approx' },
  { id: 'qualifier-or-more', phrases: ['or more', 'or older', 'and older', 'and over', 'or over', 'and above', 'or above', 'or greater', 'and up', 'plus'], position: 'after', approx: 'gte', example: 'residents 65 and older', expect: 'gte' },
  { id: 'qualifier-or-less', phrases: ['or less', 'or fewer', 'or younger', 'and under', 'or under', 'and below', 'or below'], position: 'after', approx: 'lte', example: 'households of 4 or fewer', expect: 'lte' },
];
