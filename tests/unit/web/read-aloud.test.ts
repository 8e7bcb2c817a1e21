import { describe, expect, it } from 'vitest';
import {
  pickChineseVoice,
  ReadAloudSession,
  speechChunks,
  START_TIMEOUT_MS,
  voiceAvailability,
  type UtteranceLike,
} from '../../../src/lib/web/read-aloud';

describe('speechChunks', () => {
  it('keeps short paragraphs whole and skips empty ones', () => {
    expect(speechChunks(['第一段。', '  ', '第二段\n换行。'])).toEqual([
      { paragraph: 0, text: '第一段。' },
      { paragraph: 2, text: '第二段 换行。' },
    ]);
  });

  it('splits long paragraphs at sentence ends', () => {
    const sentence = '一二三四五六七八九十。';
    const chunks = speechChunks([sentence.repeat(5)], 25);
    expect(chunks.map((c) => c.text)).toEqual([sentence.repeat(2), sentence.repeat(2), sentence]);
    expect(chunks.every((c) => c.paragraph === 0)).toBe(true);
  });

  it('cuts a sentence longer than the limit', () => {
    expect(speechChunks(['一'.repeat(25)], 10).map((c) => c.text.length)).toEqual([10, 10, 5]);
  });
});

describe('pickChineseVoice', () => {
  const voice = (lang: string, name: string, localService = false) => ({ lang, name, localService });

  it.each([
    ['prefers zh-CN', [voice('en-US', 'en'), voice('zh-TW', 'tw'), voice('zh-CN', 'cn')], 'cn'],
    ['prefers a local zh-CN voice', [voice('zh-CN', 'net'), voice('zh_CN', 'local', true)], 'local'],
    ['falls back to Mandarin tags', [voice('zh-HK', 'hk'), voice('cmn', 'cmn')], 'cmn'],
    ['never Cantonese or Taiwanese', [voice('zh-HK', 'hk'), voice('zh-TW', 'tw'), voice('yue', 'yue')], undefined],
  ])('%s', (_, voices, name) => {
    expect(pickChineseVoice(voices)?.name).toBe(name);
  });
});

/** A synthesiser that records calls; the test ends utterances by hand. */
function fakeSynth() {
  const calls: string[] = [];
  const spoken: UtteranceLike[] = [];
  return {
    calls,
    spoken,
    synth: {
      speak: (u: UtteranceLike) => (calls.push(`speak:${u.text}`), spoken.push(u)),
      cancel: () => calls.push('cancel'),
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
    },
  };
}

function session() {
  const fake = fakeSynth();
  const paragraphs: number[] = [];
  const states: string[] = [];
  const failures: number[] = [];
  const timers: { ms: number; fire: () => void; cancelled: boolean }[] = [];
  const s = new ReadAloudSession({
    synth: fake.synth,
    createUtterance: (text) => ({ text, lang: '', onend: null, onerror: null }),
    onParagraph: (i) => paragraphs.push(i),
    onState: (state) => states.push(state),
    onFailure: () => failures.push(1),
    setTimer: (fire, ms) => {
      const timer = { ms, fire, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
  });
  return { s, fake, paragraphs, states, failures, timers };
}

describe('ReadAloudSession', () => {
  it('reads paragraph after paragraph in zh-CN, then stops', () => {
    const { s, fake, paragraphs, states } = session();
    s.play(['第一段。', '第二段。']);
    expect(fake.spoken[0]!.lang).toBe('zh-CN');
    expect(fake.calls).toEqual(['speak:第一段。']);
    fake.spoken[0]!.onend!({} as never);
    expect(fake.calls).toEqual(['speak:第一段。', 'speak:第二段。']);
    fake.spoken[1]!.onend!({} as never);
    expect(paragraphs).toEqual([0, 1, -1]);
    expect(states).toEqual(['speaking', 'idle']);
    expect(s.state).toBe('idle');
  });

  it('pauses, resumes and stops', () => {
    const { s, fake, states } = session();
    s.play(['一。']);
    s.resume(); // not paused: ignored
    s.pause();
    s.pause(); // already paused: ignored
    s.resume();
    s.stop();
    expect(fake.calls).toEqual(['speak:一。', 'pause', 'resume', 'cancel']);
    expect(states).toEqual(['speaking', 'paused', 'speaking', 'idle']);
  });

  it('ignores the end of an utterance that was cancelled', () => {
    const { s, fake } = session();
    s.play(['一。', '二。']);
    const first = fake.spoken[0]!;
    s.stop();
    first.onend!({} as never);
    expect(fake.calls).toEqual(['speak:一。', 'cancel']);
  });

  it('stops on a synthesis error and reports it instead of going silent', () => {
    const { s, fake, failures } = session();
    s.play(['一。', '二。']);
    fake.spoken[0]!.onerror!({} as never);
    expect(s.state).toBe('idle');
    expect(failures).toHaveLength(1);
  });

  it('with watchStart, reports a failure when nothing is spoken in time, and not once speech starts', () => {
    const silent = session();
    silent.s.play(['一。'], { watchStart: true });
    expect(silent.timers[0]!.ms).toBe(START_TIMEOUT_MS);
    silent.timers[0]!.fire();
    expect(silent.failures).toHaveLength(1);
    expect(silent.s.state).toBe('idle');

    const speaking = session();
    speaking.s.play(['一。'], { watchStart: true });
    speaking.fake.spoken[0]!.onstart!({} as never);
    expect(speaking.timers[0]!.cancelled).toBe(true);
    // A stop by the reader cancels the watch too: no failure after a deliberate stop.
    const stopped = session();
    stopped.s.play(['一。'], { watchStart: true });
    stopped.s.stop();
    expect(stopped.timers[0]!.cancelled).toBe(true);
    expect(stopped.failures).toEqual([]);
  });

  it('does nothing for a page without text', () => {
    const { s, fake, states } = session();
    s.play(['', ' ']);
    expect(fake.calls).toEqual([]);
    expect(states).toEqual([]);
  });
});

describe('voiceAvailability', () => {
  it.each([
    [
      [
        { lang: 'zh-CN', name: 'Tingting' },
        { lang: 'en-US', name: 'Alex' },
      ],
      'chinese',
    ],
    [
      [
        { lang: 'en-US', name: 'Alex' },
        { lang: 'zh-HK', name: 'Sinji' },
      ],
      'none',
    ],
    [[], 'unknown'],
  ] as const)('%j → %s', (voices, expected) => {
    expect(voiceAvailability(voices)).toBe(expected);
  });
});
