/**
 * The texts of PRIMA in each language: one file per part of the application and language, each
 * with its own top-level keys, merged into one namespace, so features are translated side by
 * side without touching each other's file. Plain data, read by the web app (./index.ts) and by
 * the tests that check every text exists in English, French and Spanish.
 */
import accountEn from "./account.en.json";
import accountEs from "./account.es.json";
import accountFr from "./account.fr.json";
import appealEn from "./appeal.en.json";
import appealEs from "./appeal.es.json";
import appealFr from "./appeal.fr.json";
import budgetYearsEn from "./budgetYears.en.json";
import budgetYearsEs from "./budgetYears.es.json";
import budgetYearsFr from "./budgetYears.fr.json";
import cofundingEn from "./cofunding.en.json";
import cofundingEs from "./cofunding.es.json";
import cofundingFr from "./cofunding.fr.json";
import dashboardEn from "./dashboard.en.json";
import dashboardEs from "./dashboard.es.json";
import dashboardFr from "./dashboard.fr.json";
import en from "./en.json";
import envelopesEn from "./envelopes.en.json";
import envelopesEs from "./envelopes.es.json";
import envelopesFr from "./envelopes.fr.json";
import es from "./es.json";
import exportsEn from "./exports.en.json";
import exportsEs from "./exports.es.json";
import exportsFr from "./exports.fr.json";
import extensionsEn from "./extensions.en.json";
import extensionsEs from "./extensions.es.json";
import extensionsFr from "./extensions.fr.json";
import figuresEn from "./figures.en.json";
import figuresEs from "./figures.es.json";
import figuresFr from "./figures.fr.json";
import fr from "./fr.json";
import homeEn from "./home.en.json";
import homeEs from "./home.es.json";
import homeFr from "./home.fr.json";
import importEn from "./import.en.json";
import importEs from "./import.es.json";
import importFr from "./import.fr.json";
import inboxEn from "./inbox.en.json";
import inboxEs from "./inbox.es.json";
import inboxFr from "./inbox.fr.json";
import knowledgeEn from "./knowledge.en.json";
import knowledgeEs from "./knowledge.es.json";
import knowledgeFr from "./knowledge.fr.json";
import noticesEn from "./notices.en.json";
import noticesEs from "./notices.es.json";
import noticesFr from "./notices.fr.json";
import outboxEn from "./outbox.en.json";
import outboxEs from "./outbox.es.json";
import outboxFr from "./outbox.fr.json";
import processEn from "./process.en.json";
import processEs from "./process.es.json";
import processFr from "./process.fr.json";
import profileEn from "./profile.en.json";
import profileEs from "./profile.es.json";
import profileFr from "./profile.fr.json";
import proposalEn from "./proposal.en.json";
import proposalEs from "./proposal.es.json";
import proposalFr from "./proposal.fr.json";
import reportsEn from "./reports.en.json";
import reportsEs from "./reports.es.json";
import reportsFr from "./reports.fr.json";
import resultsEn from "./results.en.json";
import resultsEs from "./results.es.json";
import resultsFr from "./results.fr.json";
import revisionsEn from "./revisions.en.json";
import revisionsEs from "./revisions.es.json";
import revisionsFr from "./revisions.fr.json";
import rulesEn from "./rules.en.json";
import rulesEs from "./rules.es.json";
import rulesFr from "./rules.fr.json";
import searchEn from "./search.en.json";
import searchEs from "./search.es.json";
import searchFr from "./search.fr.json";
import spendingEn from "./spending.en.json";
import spendingEs from "./spending.es.json";
import spendingFr from "./spending.fr.json";
import systemEn from "./system.en.json";
import systemEs from "./system.es.json";
import systemFr from "./system.fr.json";
import timelineEn from "./timeline.en.json";
import timelineEs from "./timeline.es.json";
import timelineFr from "./timeline.fr.json";
import tokensEn from "./tokens.en.json";
import tokensEs from "./tokens.es.json";
import tokensFr from "./tokens.fr.json";
import twoFactorEn from "./twoFactor.en.json";
import twoFactorEs from "./twoFactor.es.json";
import twoFactorFr from "./twoFactor.fr.json";
import usersEn from "./users.en.json";
import usersEs from "./users.es.json";
import usersFr from "./users.fr.json";
import webhooksEn from "./webhooks.en.json";
import webhooksEs from "./webhooks.es.json";
import webhooksFr from "./webhooks.fr.json";
import workflowEn from "./workflow.en.json";
import workflowEs from "./workflow.es.json";
import workflowFr from "./workflow.fr.json";

export const resources = {
  en: {
    translation: {
      ...en,
      ...rulesEn,
      ...workflowEn,
      ...inboxEn,
      ...processEn,
      ...resultsEn,
      ...reportsEn,
      ...extensionsEn,
      ...timelineEn,
      ...outboxEn,
      ...usersEn,
      ...profileEn,
      ...accountEn,
      ...tokensEn,
      ...webhooksEn,
      ...knowledgeEn,
      ...homeEn,
      ...searchEn,
      ...dashboardEn,
      ...appealEn,
      ...exportsEn,
      ...systemEn,
      ...figuresEn,
      ...noticesEn,
      ...proposalEn,
      ...twoFactorEn,
      ...importEn,
      ...envelopesEn,
      ...revisionsEn,
      ...budgetYearsEn,
      ...spendingEn,
      ...cofundingEn,
    },
  },
  fr: {
    translation: {
      ...fr,
      ...rulesFr,
      ...workflowFr,
      ...inboxFr,
      ...processFr,
      ...resultsFr,
      ...reportsFr,
      ...extensionsFr,
      ...timelineFr,
      ...outboxFr,
      ...usersFr,
      ...profileFr,
      ...accountFr,
      ...tokensFr,
      ...webhooksFr,
      ...knowledgeFr,
      ...homeFr,
      ...searchFr,
      ...dashboardFr,
      ...appealFr,
      ...exportsFr,
      ...systemFr,
      ...figuresFr,
      ...noticesFr,
      ...proposalFr,
      ...twoFactorFr,
      ...importFr,
      ...envelopesFr,
      ...revisionsFr,
      ...budgetYearsFr,
      ...spendingFr,
      ...cofundingFr,
    },
  },
  es: {
    translation: {
      ...es,
      ...rulesEs,
      ...workflowEs,
      ...inboxEs,
      ...processEs,
      ...resultsEs,
      ...reportsEs,
      ...extensionsEs,
      ...timelineEs,
      ...outboxEs,
      ...usersEs,
      ...profileEs,
      ...accountEs,
      ...tokensEs,
      ...webhooksEs,
      ...knowledgeEs,
      ...homeEs,
      ...searchEs,
      ...dashboardEs,
      ...appealEs,
      ...exportsEs,
      ...systemEs,
      ...figuresEs,
      ...noticesEs,
      ...proposalEs,
      ...twoFactorEs,
      ...importEs,
      ...envelopesEs,
      ...revisionsEs,
      ...budgetYearsEs,
      ...spendingEs,
      ...cofundingEs,
    },
  },
};
