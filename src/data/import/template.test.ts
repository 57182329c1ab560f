import { describe, expect, it } from 'vitest';
import { compileText, templateColumns } from './template';

describe('compileText', () => {
  it('reads one column, or fills a template', () => {
    expect(compileText('name')({ name: ' Ann ' })).toBe('Ann');
    expect(compileText('{first_name} {last_name}')({ first_name: 'Cesar A.', last_name: 'Aguilar' })).toBe('Cesar A. Aguilar');
  });
  it('drops an empty column with its separator', () => {
    const place = compileText('{location}, {admin1}, {country}');
    expect(place({ location: 'Beni', admin1: '', country: 'DRC' })).toBe('Beni, DRC');
    expect(place({ location: '', admin1: 'Nord-Kivu', country: 'DRC' })).toBe('Nord-Kivu, DRC');
    expect(place({ location: 'Beni', admin1: 'Nord-Kivu', country: '' })).toBe('Beni, Nord-Kivu');
    expect(compileText('{a} in {b}')({ a: 'Attack', b: '' })).toBe('Attack');
  });
  it('lists the columns it reads', () => {
    expect(templateColumns('{a} x {b}')).toEqual(['a', 'b']);
    expect(templateColumns('a')).toEqual(['a']);
  });
});
