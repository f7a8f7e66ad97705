import { CATEGORY_SEVERITY, ContentCategory, ContentSeverity } from './content-category';
import { classifyContent, contentRulesVersion } from './classify-content';

function categories(text: string): ContentCategory[] {
  return classifyContent(text).map((finding) => finding.category);
}

function ruleIds(text: string, category: ContentCategory): string[] {
  return classifyContent(text).find((finding) => finding.category === category)?.ruleIds ?? [];
}

describe('classifyContent', () => {
  it.each([
    ['Proud of you for reaching out today. One day at a time, we are here for you and you are not alone.'],
    ['Does anyone know a good meeting near Leeds on Thursdays? I need to clean the house before my sister visits.'],
    ["Bravo pour tes six mois ! On est là pour toi, n'hésite pas à écrire si la journée est dure."],
    ['Naloxone reverses an overdose: carry it, and share the crisis line with friends.'],
  ])('finds nothing in a supportive message: %s', (text) => {
    expect(classifyContent(text)).toEqual([]);
  });

  describe('harassment', () => {
    it.each([
      ['kill yourself', 'en.harassment.self-harm-incitement'],
      ['just kys already', 'en.harassment.self-harm-incitement'],
      ['I hope you relapse', 'en.harassment.self-harm-incitement'],
      ['you worthless junkie', 'en.harassment.insult'],
      ['only retards post here', 'en.harassment.slur'],
      ['I know where you live', 'en.harassment.threat'],
      ['Ferme-la, connard.', 'fr.harassment.insult'],
      ['sale drogué', 'fr.harassment.insult-accented'],
      ['Crève, personne ne te regrettera.', 'fr.harassment.self-harm-incitement'],
      ['Je sais où tu habites.', 'fr.harassment.threat'],
    ])('flags "%s"', (text, ruleId) => {
      expect(ruleIds(text, ContentCategory.HARASSMENT)).toContain(ruleId);
    });

    it('is severe', () => {
      expect(classifyContent('kys')[0]).toEqual({
        category: ContentCategory.HARASSMENT,
        severity: ContentSeverity.HIGH,
        ruleIds: ['en.harassment.self-harm-incitement'],
        count: 1,
      });
    });

    it('does not flag a plea to stay alive', () => {
      expect(categories("Please don't kill yourself, we love you.")).toEqual([]);
      expect(categories('Do you want to kill yourself? You can tell me.')).toEqual([]);
    });

    it('does not take everyday French for a threat', () => {
      expect(categories('Je crève de faim, on mange ?')).toEqual([]);
      expect(categories('Ma plante va crever si je pars.')).toEqual([]);
      expect(categories('La drogue, cette sale drogue, m’a tout pris.')).toEqual([]);
    });
  });

  describe('drug selling', () => {
    it.each([
      ['selling xans, dm for prices', 'en.drug-selling.offer'],
      ['Got oxys for sale, hmu', 'en.drug-selling.offer'],
      ['can anyone sell me some percs tonight', 'en.drug-selling.request'],
      ["who's got fent? need a connect", 'en.drug-selling.request'],
      ['$20 a gram, 10 for a half', 'common.drug-selling.price-per-unit'],
      ['Je vends de la coke, dispo sur snap', 'fr.drug-selling.offer'],
      ['Qui a de la beuh ce soir ?', 'fr.drug-selling.request'],
      ["10€ le g, 60 balles l'ecsta", 'common.drug-selling.price-per-unit'],
    ])('flags "%s"', (text, ruleId) => {
      expect(ruleIds(text, ContentCategory.DRUG_SELLING)).toContain(ruleId);
    });

    it('does not flag a person talking about their own past or their cravings', () => {
      expect(categories("I used to sell drugs, now I'm 2 years clean")).not.toContain(ContentCategory.DRUG_SELLING);
      expect(categories("I'm craving oxys today")).not.toContain(ContentCategory.DRUG_SELLING);
      expect(categories('I used to spend $20 a gram without thinking.')).not.toContain(ContentCategory.DRUG_SELLING);
      expect(categories("Avant je vendais de la coke, j'ai arrêté de vendre il y a trois ans.")).not.toContain(ContentCategory.DRUG_SELLING);
    });

    it('does not flag harm reduction questions', () => {
      expect(categories('Where can I get fentanyl test strips?')).toEqual([]);
      expect(categories('Anyone have ketamine addiction advice?')).toEqual([]);
    });

    it('still flags a request followed by an unrelated word', () => {
      expect(categories('anyone have ketamine tonight?')).toEqual([ContentCategory.DRUG_SELLING]);
    });

    it('does not flag someone looking for treatment', () => {
      expect(categories('Where can I get suboxone near Bristol? Anyone have methadone clinic tips?')).toEqual([]);
      expect(categories('Où trouver de la méthadone le week-end ?')).toEqual([]);
    });
  });

  describe('spam', () => {
    it('flags links and spam phrases, counting each', () => {
      const [finding] = classifyContent('Click here to earn passive income: https://example.org/x and www.example.net');
      expect(finding).toEqual({
        category: ContentCategory.SPAM,
        severity: ContentSeverity.MEDIUM,
        ruleIds: ['common.spam.link', 'en.spam.phrase'],
        count: 4,
      });
    });

    it('flags French spam, phone numbers and messenger handles', () => {
      expect(ruleIds("Cliquez ici pour de l'argent facile", ContentCategory.SPAM)).toEqual(['fr.spam.phrase']);
      expect(ruleIds('écris-moi au 06 12 34 56 78', ContentCategory.SPAM)).toEqual(['common.spam.phone-number']);
      expect(ruleIds('add me on telegram @quickcash_99', ContentCategory.SPAM)).toEqual(['common.spam.messenger-handle']);
    });

    it('leaves a helpline number and someone who works from home alone', () => {
      expect(categories('If it gets bad, call the Samaritans helpline on 116 123 or 0800 58 58 58.')).toEqual([]);
      expect(categories('I work from home now, which helps my recovery.')).toEqual([]);
    });
  });

  describe('stigmatizing language', () => {
    it('is a low-severity suggestion, named after the lexicon entry', () => {
      expect(classifyContent('My cousin is a junkie.')).toEqual([
        { category: ContentCategory.STIGMATIZING_LANGUAGE, severity: ContentSeverity.LOW, ruleIds: ['stigma.en.junkie'], count: 1 },
      ]);
      expect(ruleIds('Mon cousin est toxicomane.', ContentCategory.STIGMATIZING_LANGUAGE)).toEqual(['stigma.fr.toxicomane']);
    });
  });

  describe('crisis', () => {
    it.each([
      ['I want to kill myself', 'en.crisis.suicidal-thoughts'],
      ['there is no reason to live anymore', 'en.crisis.suicidal-thoughts'],
      ['I think I took too many pills and I can’t breathe', 'en.crisis.overdose'],
      ['Je veux mourir.', 'fr.crisis.suicidal-thoughts'],
      ["J'ai trop pris, je respire mal", 'fr.crisis.overdose'],
      ['Je veux en finir.', 'fr.crisis.end-it'],
    ])('answers "%s" with support', (text, ruleId) => {
      const finding = classifyContent(text).find((item) => item.category === ContentCategory.CRISIS);
      expect(finding?.severity).toBe(ContentSeverity.SUPPORT);
      expect(finding?.ruleIds).toContain(ruleId);
    });

    it('tells "kill yourself" (harassment) from "kill myself" (crisis)', () => {
      expect(categories('kill yourself')).toEqual([ContentCategory.HARASSMENT]);
      expect(categories('I want to kill myself')).toEqual([ContentCategory.CRISIS]);
    });

    it('never reads a crisis with a self-applied label as harassment', () => {
      expect(categories("I'm just a worthless junkie and I want to die")).toEqual([ContentCategory.STIGMATIZING_LANGUAGE, ContentCategory.CRISIS]);
      expect(categories('Je suis une sale droguée, je veux mourir')).toEqual([ContentCategory.STIGMATIZING_LANGUAGE, ContentCategory.CRISIS]);
    });

    it('reads crisis words inside a threat as part of the threat', () => {
      expect(categories('I hope you overdose')).toEqual([ContentCategory.HARASSMENT]);
      expect(categories("J'espère que tu fais une overdose")).toEqual([ContentCategory.HARASSMENT]);
    });

    it('does not read "done with drugs" as a crisis', () => {
      expect(categories('Je veux en finir avec la drogue.')).toEqual([]);
    });
  });

  it('orders findings HIGH, MEDIUM, LOW, then SUPPORT', () => {
    const text = 'kys junkie. selling xans at example.com. I want to die';
    expect(classifyContent(text).map((finding) => [finding.category, finding.severity])).toEqual([
      [ContentCategory.HARASSMENT, ContentSeverity.HIGH],
      [ContentCategory.DRUG_SELLING, ContentSeverity.HIGH],
      [ContentCategory.SPAM, ContentSeverity.MEDIUM],
      [ContentCategory.STIGMATIZING_LANGUAGE, ContentSeverity.LOW],
      [ContentCategory.CRISIS, ContentSeverity.SUPPORT],
    ]);
  });

  it('never carries the matched text, only rule ids and counts', () => {
    const findings = classifyContent('kys you worthless junkie, selling xans at example.com, I want to die');
    for (const finding of findings) expect(Object.keys(finding).sort()).toEqual(['category', 'count', 'ruleIds', 'severity']);
    const stored = JSON.stringify(findings);
    for (const word of ['kys', 'worthless', 'xans', 'example', 'want to die']) expect(stored).not.toContain(word);
  });

  it('counts repeated matches', () => {
    expect(classifyContent('kys. kys. KYS!')[0]?.count).toBe(3);
  });

  it('maps every category to its documented severity', () => {
    expect(CATEGORY_SEVERITY).toEqual({
      HARASSMENT: 'HIGH',
      DRUG_SELLING: 'HIGH',
      SPAM: 'MEDIUM',
      STIGMATIZING_LANGUAGE: 'LOW',
      CRISIS: 'SUPPORT',
    });
  });

  it('reports the rules version', () => {
    expect(contentRulesVersion()).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });
});
