import { AppShell, Burger, Center, Group, Loader, NavLink, UnstyledButton } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconFolders } from "@tabler/icons-react";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, NavLink as RouterNavLink, useLocation } from "react-router";
import type { Me } from "../../domain/auth";
import classes from "./AppLayout.module.css";
import { Brand } from "./Brand";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { UserMenu } from "./UserMenu";

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconFolders;
}

/** Sections of the application; actions such as "New project" live on the pages they belong to. */
function navItems(t: (key: string) => string): NavItem[] {
  return [{ to: "/projects", label: t("nav.projects"), icon: IconFolders }];
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t("common.loading")} />
    </Center>
  );
}

/** The frame of every signed-in page: header with brand, navigation, language and user; burger on phones. */
export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const narrow = useMediaQuery("(max-width: 47.99em)");
  const location = useLocation();
  const items = navItems(t);
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: "sm", collapsed: { desktop: true, mobile: !opened } }}
      padding="md"
    >
      <a href="#main-content" className={classes.skip}>
        {t("nav.skip")}
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? "nav.close" : "nav.open")}
            />
            <UnstyledButton component={Link} to="/projects">
              <Brand />
            </UnstyledButton>
            <Group component="nav" aria-label={t("nav.main")} gap={4} visibleFrom="sm">
              {items.map((item) => (
                <RouterNavLink key={item.to} to={item.to} className={classes.link}>
                  {item.label}
                </RouterNavLink>
              ))}
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        aria-label={t("nav.mobile")}
        // Off-screen is not hidden: without this, the closed drawer stays in the tab order and for screen readers.
        style={{ visibility: opened && narrow ? "visible" : "hidden" }}
      >
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            leftSection={<item.icon size={18} aria-hidden />}
            active={location.pathname.startsWith(item.to)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main className={classes.main} id="main-content" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
