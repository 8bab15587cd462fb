import { Button, Menu, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconLanguage } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { currentLanguage, LANGUAGES } from "../i18n";

/** Each language is named in itself, so a user lost in the wrong one can still find theirs. */
const NATIVE_NAMES = { en: "English", fr: "Français", es: "Español" } as const;

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
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
            onClick={() => void i18n.changeLanguage(code)}
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
