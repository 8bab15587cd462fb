import { Button, Menu, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconLanguage } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/hooks";
import { useSaveLanguage } from "../api/profile";
import { currentLanguage, LANGUAGES, type Language } from "../i18n";
import { NATIVE_NAMES } from "../i18n/languageNames";

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  const { data: me } = useMe();
  const save = useSaveLanguage();
  /** Signed in, the choice is the person's: it follows them to other computers and into their e-mails. */
  const choose = (code: Language) => {
    void i18n.changeLanguage(code);
    if (me && me.language !== code) save.mutate(code);
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          size="compact-md"
          leftSection={<IconLanguage size={18} aria-hidden />}
        >
          {language.toUpperCase()}
          <VisuallyHidden>{t("language.choose", { language: NATIVE_NAMES[language] })}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((code) => (
          <Menu.Item
            key={code}
            lang={code}
            onClick={() => choose(code)}
            rightSection={code === language ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={code === language ? "true" : undefined}
          >
            {NATIVE_NAMES[code]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
