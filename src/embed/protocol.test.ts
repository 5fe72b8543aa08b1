import { describe, expect, it } from 'vitest';
import { embedUrl, isFrameMessage, isHostMessage, MAX_HEIGHT } from './protocol';

const envelope = { source: 'ipm-widget', v: 1 };

describe('the widget protocol', () => {
  it('accepts the four frame messages, well formed', () => {
    for (const type of ['ready', 'completed', 'close'])
      expect(isFrameMessage({ ...envelope, type })).toBe(true);
    expect(isFrameMessage({ ...envelope, type: 'resize', height: 640 })).toBe(true);
  });

  it.each([
    ['no envelope', { type: 'ready' }],
    ['another namespace', { source: 'other', v: 1, type: 'ready' }],
    ['another version', { source: 'ipm-widget', v: 2, type: 'ready' }],
    ['an unknown type', { ...envelope, type: 'answers' }],
    ['a resize without height', { ...envelope, type: 'resize' }],
    ['a height as text', { ...envelope, type: 'resize', height: '640' }],
    ['a negative height', { ...envelope, type: 'resize', height: -1 }],
    ['a huge height', { ...envelope, type: 'resize', height: MAX_HEIGHT + 1 }],
    ['NaN', { ...envelope, type: 'resize', height: Number.NaN }],
    ['a string', 'ipm-widget'],
    ['null', null],
  ])('refuses %s', (_name, data) => {
    expect(isFrameMessage(data)).toBe(false);
  });

  it('accepts only focus requests from the host', () => {
    expect(isHostMessage({ ...envelope, type: 'focus', at: 'first' })).toBe(true);
    expect(isHostMessage({ ...envelope, type: 'focus', at: 'last' })).toBe(true);
    expect(isHostMessage({ ...envelope, type: 'focus', at: 'middle' })).toBe(false);
    expect(isHostMessage({ ...envelope, type: 'ready' })).toBe(false);
  });

  it('names the host origin and the options in the embed address', () => {
    expect(
      embedUrl('https://app.example', {
        parent: 'https://www.clinic.example',
        modal: true,
        lang: 'es',
        transparent: true,
      }),
    ).toBe(
      'https://app.example/embed?parent=https%3A%2F%2Fwww.clinic.example&modal=1&bg=transparent&lang=es',
    );
  });
});
