// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveProgress } from '../../flows/persistence';
import { assess, sourceIds, type Answers } from '../../rules';
import { App } from '../App';
import type { FullCatalogue as Catalogue, Locale } from '../i18n/catalogue';
import { enFull as en } from '../i18n/full';
import { esFull as es } from '../i18n/full';
import { englishIn, sourceCode, textOutsideEnglish } from '../result/english-check.testing';
import { draftOf, resultFixtures, type ResultFixture } from '../result/result-fixtures.testing';
import { memoryStorage } from '../test-utils';

const catalogues: Record<Locale, Catalogue> = { en, es };

/** The whole app, opened on the result of these answers (through saved progress). */
async function showResult(answers: Answers, locale: Locale = 'en') {
  const storage = memoryStorage();
  saveProgress(storage, 'result', draftOf(answers), Date.now());
  const view = render(<App storage={storage} tabStorage={memoryStorage()} locale={locale} />);
  // The result screen is a chunk of its own: it appears once it has loaded.
  await waitFor(() => {
    if (view.container.querySelector('article.result') === null) throw new Error('not yet');
  });
  const article = view.container.querySelector('article.result');
  if (article === null) throw new Error('no result rendered');
  return { ...view, article, t: catalogues[locale] };
}

const fixture = (name: ResultFixture) => resultFixtures[name];
const all = Object.keys(resultFixtures) as ResultFixture[];
const precedes = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
const procedureNames = (t: Catalogue) => Object.values(t.result.procedures).map((p) => p.name);

describe('the result, top to bottom', () => {
  it.each(all)(
    '%s: "a guide, not a diagnosis" first, then the verdict, its cautions, the button',
    async (name) => {
      const answers = fixture(name);
      const { article, t } = await showResult(answers);
      const verdict = assess(answers).verdict;
      if (verdict === 'emergency') throw new Error('fixtures are not emergencies');
      const heading = screen.getByRole('heading', { level: 1 });
      expect(heading).toHaveTextContent(t.result.verdicts[verdict].title);
      const guide = screen.getByText(t.result.notADiagnosis);
      expect(precedes(guide, heading)).toBe(true);
      const button = within(article as HTMLElement).getAllByRole('button', {
        name: verdict === 'urgent' ? t.result.requestUrgent : t.result.request,
      })[0]!;
      const important = article.querySelector('.important-cautions');
      if (important) expect(precedes(important, button)).toBe(true);
      for (const later of article.querySelectorAll('#procedures-heading, #cautions-heading'))
        expect(precedes(button, later)).toBe(true);
      expect(
        screen.getByRole('heading', { name: t.result.expectations.whenToSeekCare.title }),
      ).toBeInTheDocument();
    },
  );

  it('says each reason of the verdict in the patient’s own answers', async () => {
    const { article } = await showResult(fixture('epidural'));
    const verdict = article.querySelector('.verdict')!;
    expect(verdict).toHaveTextContent('6 to 12 months');
    expect(verdict).toHaveTextContent('6 out of 10 on an average day');
    expect(verdict).toHaveTextContent(
      'This did not give lasting relief: pain relievers from the store and physical therapy.',
    );
    expect(verdict).toHaveTextContent(en.result.procedures.epiduralSteroidInjection.short);
    expect(verdict.textContent).not.toMatch(/you are a candidate|you have\b/i);
  });

  it('shows crisis support above everything when the patient told us of self-harm thoughts', async () => {
    const { article } = await showResult(fixture('selfHarm'));
    const crisis = screen.getByRole('region', { name: en.crisis.title });
    expect(article.firstElementChild).toBe(crisis);
    expect(screen.getByRole('link', { name: en.crisis.call })).toHaveAttribute('href', 'tel:988');
    const important = article.querySelector('.important-cautions')!;
    expect(important).toHaveTextContent(en.result.cautions.selfHarmSupport.title);
  });

  it('shows no crisis banner otherwise', async () => {
    await showResult(fixture('mood'));
    expect(screen.queryByRole('region', { name: en.crisis.title })).toBeNull();
    expect(screen.getByText(en.result.cautions.moodSupport.title)).toBeInTheDocument();
  });
});

describe('each verdict', () => {
  it('urgent: the urgent advice and the flags named, and no procedure or fit label at all', async () => {
    const { article } = await showResult(fixture('urgent'));
    expect(assess(fixture('urgent')).procedures).not.toHaveLength(0);
    const text = article.textContent;
    expect(text).toContain(en.result.urgent.flags.myelopathySigns);
    for (const line of en.result.urgent.advice) expect(text).toContain(line);
    for (const name of procedureNames(en))
      expect(text.toLowerCase()).not.toContain(name.toLowerCase());
    for (const label of Object.values(en.result.fit)) expect(text).not.toContain(label);
    expect(article.querySelector('.procedure, .fit')).toBeNull();
    expect(screen.getByRole('button', { name: en.result.requestUrgent })).toBeInTheDocument();
  });

  it.each(['mild', 'nothingTried', 'conservativeWithStrong'] as const)(
    'conservativeFirst (%s): first-line care leads; procedures folded under "later", without fit labels',
    async (name) => {
      const { article } = await showResult(fixture(name));
      const care = screen.getByRole('heading', { name: en.result.firstLine.heading });
      for (const item of Object.values(en.result.firstLine.care))
        expect(screen.getByRole('heading', { name: item.title })).toBeInTheDocument();
      expect(article).toHaveTextContent(en.result.firstLine.comeBack);
      const later = article.querySelector('details.later')!;
      expect(later.querySelector('summary')).toHaveTextContent(en.result.firstLine.later);
      expect(later.hasAttribute('open')).toBe(false);
      expect(precedes(care, later)).toBe(true);
      const cards = article.querySelectorAll('.procedure');
      expect(cards.length).toBe(assess(fixture(name)).procedures.length);
      for (const card of cards) expect(card.closest('details.later')).toBe(later);
      expect(article.querySelector('.fit')).toBeNull();
      for (const label of Object.values(en.result.fit))
        expect(article.textContent).not.toContain(label);
    },
  );

  it('conservativeFirst explains itself by each of its reasons', async () => {
    const { article } = await showResult(fixture('nothingTried'));
    const verdict = article.querySelector('.verdict')!;
    expect(verdict).toHaveTextContent(en.result.because.nothingTried({} as never));
    // Exercise and physical therapy not tried, alone, has its own sentence.
    const noActive = (await showResult(fixture('conservativeWithStrong'))).article;
    expect(assess(fixture('conservativeWithStrong')).verdictBecause).toEqual(['noActiveTherapy']);
    expect(noActive.querySelector('.verdict')).toHaveTextContent(
      en.result.because.noActiveTherapy({} as never),
    );
    const mild = (await showResult(fixture('mild'))).article.querySelector('.verdict')!;
    expect(mild).toHaveTextContent('You rated your pain 2 out of 10');
  });

  it('goodCandidate: each procedure with its fit, what it is, the clinic’s words and why', async () => {
    await showResult(fixture('facetAndAblation'));
    for (const id of ['facetJointInjection', 'radiofrequencyAblation'] as const) {
      const card = screen.getByRole('region', { name: new RegExp(en.result.procedures[id].name) });
      expect(within(card).getByText(en.result.fit.strong)).toBeInTheDocument();
      expect(card).toHaveTextContent(en.result.procedures[id].what);
      expect(within(card).getByText(en.result.clinicSays)).toBeInTheDocument();
      expect(within(card).getByRole('heading', { name: en.result.why })).toBeInTheDocument();
    }
  });

  it('possibleCandidate with no procedure matched never says a procedure might help', async () => {
    const { article } = await showResult(fixture('noProcedure'));
    expect(assess(fixture('noProcedure')).verdictBecause).toEqual(['noProcedureMatched']);
    expect(article).toHaveTextContent(en.result.because.noProcedureMatched({} as never));
    expect(article.textContent).not.toMatch(/procedures? (might|may|could|can) help/i);
    expect(article.querySelector('.procedure, .fit, .matched')).toBeNull();
  });

  it('possibleCandidate for medical review first says what the doctor looks at', async () => {
    const { article } = await showResult(fixture('pregnant'));
    expect(article.querySelector('.verdict')).toHaveTextContent(
      'You told us: you are or may be pregnant.',
    );
    expect(article.querySelector('.important-cautions')).toHaveTextContent(
      en.result.cautions.pregnancy.title,
    );
  });
});

describe('special cases', () => {
  it('spinal cord stimulation shows its pathway: psychologist, a week’s trial, then surgery only if it helped', async () => {
    await showResult(fixture('stimulation'));
    const card = screen
      .getByRole('heading', { name: en.result.expectations.stimulationPathway.title })
      .closest('.card')!;
    const steps = within(card as HTMLElement).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent)).toEqual(en.result.stimulationSteps);
    expect(card.querySelector('ol')).not.toBeNull();
    expect(screen.getByText(en.result.cautions.mriAfterStimulator.title)).toBeInTheDocument();
  });

  it('radiofrequency ablation without a measured block says test numbing injections come first', async () => {
    await showResult(fixture('ablationTestBlocks'));
    expect(
      screen.getByRole('heading', { name: en.result.expectations.diagnosticBlocksFirst.title }),
    ).toBeInTheDocument();
  });

  it('radiofrequency ablation after a measured block does not ask for test injections again', async () => {
    await showResult(fixture('facetAndAblation'));
    expect(
      screen.queryByRole('heading', { name: en.result.expectations.diagnosticBlocksFirst.title }),
    ).toBeNull();
  });

  it('an epidural shows its rare serious risks, and names the FDA in words', async () => {
    await showResult(fixture('epidural'));
    const card = screen.getByText(en.result.cautions.esiRareSeriousRisks.title).closest('.card')!;
    expect(card).toHaveTextContent(/stroke, paralysis/);
    expect(screen.getByRole('link', { name: en.result.sources.F1 })).toHaveAttribute(
      'href',
      expect.stringContaining('fda.gov'),
    );
  });

  it('the hope to be free of pain gets an honest answer instead of the general sentence', async () => {
    await showResult(fixture('painFree'));
    expect(screen.getByText(en.result.notACurePainFree)).toBeInTheDocument();
    expect(screen.queryByText(en.result.expectations.notACure.body)).toBeNull();
    await showResult(fixture('epidural'));
    expect(screen.getByText(en.result.expectations.notACure.body)).toBeInTheDocument();
  });

  it('blood thinners: named by kind, never stop on your own, the clinic coordinates', async () => {
    const { article } = await showResult(fixture('bloodThinners'));
    const card = within(article.querySelector('.important-cautions') as HTMLElement)
      .getByText(en.result.cautions.bloodThinners.title)
      .closest('.card')!;
    expect(card).toHaveTextContent(en.result.bloodThinnerKinds.doac);
    expect(card).toHaveTextContent(/Never stop taking them on your own/);
    expect(card).toHaveTextContent(/different for each medicine/);
  });

  it('many cautions: each with its words, the answers behind them, and jargon explained', async () => {
    const { article } = await showResult(fixture('manyCautions'));
    const cautions = assess(fixture('manyCautions')).cautions;
    expect([...article.querySelectorAll('.caution-title')].map((h) => h.textContent)).toEqual(
      cautions.map((c) => en.result.cautions[c.id].title),
    );
    expect(article).toHaveTextContent(en.result.bloodThinnerKinds.antiplatelet);
    expect(article).toHaveTextContent(en.result.allergies.contrastDye);
    expect(article).toHaveTextContent(en.result.steroidCounts(2, 1));
    const epidural = screen.getByRole('region', {
      name: new RegExp(en.result.procedures.epiduralSteroidInjection.name),
    });
    expect(epidural).toHaveTextContent(`(${en.result.terms.sciatica})`);
    expect(epidural).toHaveTextContent(`(${en.result.terms.stenosis})`);
  });

  it('discloses that the clinic performs these procedures and that a clinician decides', async () => {
    await showResult(fixture('epidural'));
    expect(screen.getByText(en.result.disclosure)).toBeInTheDocument();
  });
});

describe('sources', () => {
  it('names every source of the registry in words, in both languages', () => {
    for (const t of [en, es])
      expect(Object.keys(t.result.sources).sort()).toEqual([...sourceIds].sort());
  });

  it.each(all.flatMap((name) => [[name, 'en'] as const, [name, 'es'] as const]))(
    '%s (%s): no internal source code anywhere on the page',
    async (name, locale) => {
      const { container } = await showResult(fixture(name), locale);
      const codes = textOutsideEnglish(container).concat(
        [...container.querySelectorAll('[lang^="en"]')].map((el) => el.textContent),
      );
      expect(codes.filter((text) => sourceCode.test(text))).toEqual([]);
    },
  );
});

describe('Spanish', () => {
  it.each(all)('%s: no English outside the marked English originals', async (name) => {
    const { container } = await showResult(fixture(name), 'es');
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('');
    expect(englishIn(textOutsideEnglish(container))).toEqual([]);
  });

  it('shows our Spanish rendering of the clinic’s words, and the original marked as English', async () => {
    const { article } = await showResult(fixture('epidural'), 'es');
    const card = screen.getByRole('region', {
      name: new RegExp(es.result.procedures.epiduralSteroidInjection.name),
    });
    expect(card).toHaveTextContent(/En las inyecciones epidurales de esteroides/);
    const original = within(card).getByText(es.result.originalEnglish).closest('details')!;
    const quote = original.querySelector('blockquote')!;
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote).toHaveTextContent(/^Epidural Steroid Injections are administered/);
    expect(article.querySelectorAll('details.original').length).toBeGreaterThan(1);
  });

  it('the English check finds English outside lang="en", and only there', () => {
    const page = document.createElement('div');
    page.lang = 'es';
    page.innerHTML =
      '<p>Su dolor ha durado</p><blockquote lang="en">The pain is not a cure</blockquote>';
    expect(englishIn(textOutsideEnglish(page))).toEqual([]);
    page.insertAdjacentHTML('beforeend', '<p>Ask the clinic to call you</p>');
    expect(englishIn(textOutsideEnglish(page))).toEqual([
      { text: 'Ask the clinic to call you', words: ['the', 'to', 'call', 'you'] },
    ]);
  });

  it('by which pathway: a repeat epidural needs a clear earlier response; a stimulator, medicines tried first', async () => {
    const { article } = await showResult(fixture('stimulation'));
    expect(article).toHaveTextContent(en.result.pathway.repeatEpidural);
    const possible = await showResult(fixture('stimulationPossible'));
    expect(possible.article).toHaveTextContent(en.result.pathway.stimulationFirst);
  });

  it('by which pathway: RFA says test blocks first, or that the measured block was the sign', async () => {
    expect((await showResult(fixture('ablationTestBlocks'))).article).toHaveTextContent(
      en.result.pathway.testBlocksFirst,
    );
    const measured = (await showResult(fixture('facetAndAblation'))).article;
    expect(measured).toHaveTextContent(en.result.pathway.blockHelped);
    expect(measured).not.toHaveTextContent(en.result.pathway.testBlocksFirst);
  });

  it('headaches add the headache warning signs to the emergency-room box', async () => {
    const { article } = await showResult(fixture('headache'));
    const box = article.querySelector('.seek-care')!;
    for (const sign of en.result.seekCareHeadacheSigns) expect(box).toHaveTextContent(sign);
    const back = (await showResult(fixture('epidural'))).article.querySelector('.seek-care')!;
    expect(back).not.toHaveTextContent(en.result.seekCareHeadacheSigns[0]!);
  });

  it('with no procedure matched: no risks of procedures, and the disclosure names the procedures', async () => {
    const { article } = await showResult(fixture('noProcedure'));
    expect(article).not.toHaveTextContent(en.result.cautions.generalRisks.title);
    expect(article).toHaveTextContent(/epidural, facet joint and nerve block injections/);
  });

  it('other care first for pain that is not mild does not quote the article steering to procedures', async () => {
    const steering = /if your pain is severe and limits your daily activities/;
    expect((await showResult(fixture('nothingTried'))).article).not.toHaveTextContent(steering);
    expect((await showResult(fixture('mild'))).article).toHaveTextContent(steering);
  });

  it('nothing tried says so once, without a second sentence about exercise and physical therapy', async () => {
    const { article } = await showResult(fixture('nothingTried'));
    const facts = assess(fixture('nothingTried')).verdictBecause;
    expect(facts).toEqual(['nothingTried', 'noActiveTherapy']);
    expect(article).toHaveTextContent(en.result.because.nothingTried(undefined as never));
    expect(article).not.toHaveTextContent(en.result.because.noActiveTherapy(undefined as never));
  });
});
