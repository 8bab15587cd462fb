/**
 * Every code PRIMA puts on a failure a user reads (a FieldError's `code`, a fund rule's, an
 * appeal import's issue), with the locale key that says it in English, French and Spanish
 * (src/web/i18n). A test checks each key has the three texts, and that every code written in
 * src/domain and src/server is listed here: whoever adds a code adds its texts.
 *
 * Most codes live under `errors.`, which the web app's generic translateFieldError reads; codes a
 * feature explains in its own words keep that feature's key (the fund's rules, reports, results,
 * extensions). Zod's own issue codes are listed for the ones PRIMA's schemas can raise.
 */
export const ERROR_MESSAGE_KEYS = {
  // Zod's issue codes (the web app picks a variant by the origin or format)
  custom: "errors.custom",
  invalid_format: "errors.invalid_format",
  invalid_type: "errors.invalid_type",
  invalid_union: "errors.invalid_union",
  invalid_value: "errors.invalid_value",
  too_big: "errors.too_big",
  too_small: "errors.too_small",
  // Fields of a form
  required: "errors.required",
  duplicate: "errors.duplicate",
  money: "errors.money",
  moneyPositive: "errors.moneyPositive",
  moneyTooLarge: "errors.moneyTooLarge",
  budgetYearsCount: "errors.budgetYearsCount",
  budgetYearsSum: "errors.budgetYearsSum",
  percent: "errors.percent",
  percentSum: "errors.percentSum",
  endBeforeStart: "errors.endBeforeStart",
  durationTooLong: "errors.durationTooLong",
  altPmSame: "errors.altPmSame",
  nationalOneCountry: "errors.nationalOneCountry",
  regionalCountries: "errors.regionalCountries",
  regionMismatch: "errors.regionMismatch",
  regionRequired: "errors.regionRequired",
  reviewerRegionRequired: "errors.reviewerRegionRequired",
  regionNotAllowed: "errors.regionNotAllowed",
  notAManager: "errors.notAManager",
  creatorNotManager: "errors.creatorNotManager",
  notForThisKind: "errors.notForThisKind",
  unsupportedCharacter: "errors.unsupportedCharacter",
  emailTaken: "errors.emailTaken",
  passwordTooShort: "errors.passwordTooShort",
  passwordWeak: "errors.passwordWeak",
  signInLocked: "errors.signInLocked",
  ownAccountActive: "errors.ownAccountActive",
  ownAccountRole: "errors.ownAccountRole",
  currentPasswordWrong: "errors.currentPasswordWrong",
  passwordUnchanged: "errors.passwordUnchanged",
  linkInvalid: "errors.linkInvalid",
  passwordContainsIdentity: "errors.passwordContainsIdentity",
  twoFactorCodeWrong: "errors.twoFactorCodeWrong",
  twoFactorSetupRequired: "errors.twoFactorSetupRequired",
  twoFactorRequired: "errors.twoFactorRequired",
  fundingYearClosed: "errors.fundingYearClosed",
  followUpCycle: "errors.followUpCycle",
  // Single sign-on (domain/sso.ts): why the sign-in page was shown again
  ssoStateInvalid: "errors.ssoStateInvalid",
  ssoProviderError: "errors.ssoProviderError",
  ssoEmailUnverified: "errors.ssoEmailUnverified",
  ssoNoAccount: "errors.ssoNoAccount",
  ssoAccountInactive: "errors.ssoAccountInactive",
  passwordLoginOff: "errors.passwordLoginOff",
  // References to records that do not exist
  unknownCode: "errors.unknownCode",
  unknownCountry: "errors.unknownCountry",
  unknownFundingYear: "errors.unknownFundingYear",
  unknownIndicator: "errors.unknownIndicator",
  unknownProject: "errors.unknownProject",
  unknownReport: "errors.unknownReport",
  unknownComment: "errors.unknownComment",
  // Files
  malformedUpload: "errors.malformedUpload",
  fileType: "errors.fileType",
  unzipsTooLarge: "errors.unzipsTooLarge",
  empty: "errors.empty",
  encoding: "errors.encoding",
  // A portfolio import (`prima import projects` and the Import page)
  importSheetMissing: "errors.importSheetMissing",
  importColumnMissing: "errors.importColumnMissing",
  importNotNumber: "errors.importNotNumber",
  importNotDate: "errors.importNotDate",
  importUnknownValue: "errors.importUnknownValue",
  importUnknownPerson: "errors.importUnknownPerson",
  importAmbiguousPerson: "errors.importAmbiguousPerson",
  importCodeExists: "errors.importCodeExists",
  importProjectNotListed: "errors.importProjectNotListed",
  importApprovedMissing: "errors.importApprovedMissing",
  // The fund's rules (workflow steps)
  activitySharesIncomplete: "fundRules.activitySharesIncomplete",
  approvedAboveRequested: "fundRules.approvedAboveRequested",
  envelopeExceeded: "fundRules.envelopeExceeded",
  areaSharesIncomplete: "fundRules.areaSharesIncomplete",
  beneficiariesMissing: "fundRules.beneficiariesMissing",
  budgetNotPositive: "fundRules.budgetNotPositive",
  countryNotEligible: "fundRules.countryNotEligible",
  datesIncoherent: "fundRules.datesIncoherent",
  objectiveMissing: "fundRules.objectiveMissing",
  reportsNotAccepted: "fundRules.reportsNotAccepted",
  commentRequired: "workflow.commentRequired",
  // Reports
  expenditureMissing: "reports.rules.expenditureMissing",
  expenditureTotalsDiffer: "reports.rules.expenditureTotalsDiffer",
  indicatorValueMissing: "reports.rules.indicatorValueMissing",
  notEditable: "reports.rules.notEditable",
  notYetDue: "reports.rules.notYetDue",
  // Results matrix
  actualInFuture: "results.errors.actualInFuture",
  afterProjectEnd: "results.errors.afterProjectEnd",
  indicatorReported: "results.errors.indicatorReported",
  unknownId: "results.errors.unknownId",
  // Extensions
  notLater: "extensions.errors.notLater",
  openRequestExists: "extensions.errors.openRequestExists",
  // Budget revisions
  revisionYearCount: "revisions.errors.revisionYearCount",
  revisionYearsSum: "revisions.errors.revisionYearsSum",
  revisionUnchanged: "revisions.errors.revisionUnchanged",
  // An appeal's import (errors and warnings of `prima import appeal` and its API)
  badAmount: "appeal.importIssues.badAmount",
  cellCount: "appeal.importIssues.cellCount",
  columnTotal: "appeal.importIssues.columnTotal",
  countryElsewhere: "appeal.importIssues.countryElsewhere",
  duplicateOverview: "appeal.importIssues.duplicateOverview",
  duplicateRow: "appeal.importIssues.duplicateRow",
  duplicateTable: "appeal.importIssues.duplicateTable",
  grandTotal: "appeal.importIssues.grandTotal",
  noCountryTable: "appeal.importIssues.noCountryTable",
  noOverview: "appeal.importIssues.noOverview",
  noTotalRow: "appeal.importIssues.noTotalRow",
  notInOverview: "appeal.importIssues.notInOverview",
  overviewDiffers: "appeal.importIssues.overviewDiffers",
  rowOutsideTable: "appeal.importIssues.rowOutsideTable",
  rowTotal: "appeal.importIssues.rowTotal",
  tableWithoutRegion: "appeal.importIssues.tableWithoutRegion",
  unknownColumn: "appeal.importIssues.unknownColumn",
  unknownName: "appeal.importIssues.unknownName",
  // Co-funding and currencies (funding sources, exchange rates and their CSV import)
  currencyUnknown: "errors.currencyUnknown",
  currencyDecimals: "errors.currencyDecimals",
  iatiOrgRef: "errors.iatiOrgRef",
  rate: "errors.rate",
  monthFormat: "errors.monthFormat",
  rateCsvHeader: "errors.rateCsvHeader",
  rateCsvColumns: "errors.rateCsvColumns",
  rateCsvEmpty: "errors.rateCsvEmpty",
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_MESSAGE_KEYS;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_MESSAGE_KEYS, code);
}
