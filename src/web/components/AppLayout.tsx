import { AppShell, Badge, Burger, Center, Group, Loader, NavLink, UnstyledButton } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import {
  IconBell,
  IconBulb,
  IconFolders,
  IconInbox,
  IconMail,
  IconReportAnalytics,
  IconRoute,
  IconScale,
} from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, NavLink as RouterNavLink, useLocation } from "react-router";
import type { Me } from "../../domain/auth";
import type { InboxCounts } from "../../domain/inbox";
import { useInboxCounts } from "../api/inbox";
import classes from "./AppLayout.module.css";
import { Brand } from "./Brand";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { UserMenu } from "./UserMenu";

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconFolders;
  /** A count shown beside the label, with the words a screen reader says for it. */
  badge?: { count: number; label: string };
}

/** Viewers and administrators act on no proposal: they have no "waiting for me" queue. */
function hasQueue(me: Me): boolean {
  return me.role === "pm" || me.role === "reviewer" || me.role === "fund_manager";
}

/** Sections of the application; actions such as "New project" live on the pages they belong to. */
function navItems(t: TFunction, me: Me, counts: InboxCounts | undefined): NavItem[] {
  const badge = (count: number | undefined, key: string) =>
    count ? { count, label: t(key, { count }) } : undefined;
  return [
    { to: "/projects", label: t("nav.projects"), icon: IconFolders },
    ...(hasQueue(me)
      ? [
          {
            to: "/inbox",
            label: t("navExtra.inbox"),
            icon: IconInbox,
            badge: badge(counts?.waiting, "navExtra.waitingCount"),
          },
        ]
      : []),
    {
      to: "/notifications",
      label: t("navExtra.notifications"),
      icon: IconBell,
      badge: badge(counts?.unreadNotifications, "navExtra.unreadCount"),
    },
    { to: "/reports", label: t("navMonitoring.reports"), icon: IconReportAnalytics },
    { to: "/knowledge", label: t("navMonitoring.knowledge"), icon: IconBulb },
    { to: "/process", label: t("navExtra.process"), icon: IconRoute },
    { to: "/fund-rules", label: t("navExtra.fundRules"), icon: IconScale },
    ...(me.role === "admin"
      ? [{ to: "/admin/outbox", label: t("navMonitoring.outbox"), icon: IconMail }]
      : []),
  ];
}

function CountBadge({ badge }: { badge: NavItem["badge"] }) {
  if (!badge) return null;
  return (
    // role="img" gives the number its words ("3 waiting") inside the link's name.
    <Badge role="img" aria-label={badge.label} size="sm" circle={badge.count < 10} className={classes.badge}>
      {badge.count > 99 ? "99+" : badge.count}
    </Badge>
  );
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t("common.loading")} />
    </Center>
  );
}

/** The frame of every signed-in page: header with brand, navigation, language and user; burger below laptops. */
export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Five sections do not fit beside the brand and the user below a wide laptop: they move to the drawer.
  const narrow = useMediaQuery("(max-width: 74.99em)");
  const location = useLocation();
  const counts = useInboxCounts();
  const items = navItems(t, me, counts.data);
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: "lg", collapsed: { desktop: true, mobile: !opened } }}
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
              hiddenFrom="lg"
              size="sm"
              aria-label={t(opened ? "nav.close" : "nav.open")}
            />
            <UnstyledButton component={Link} to="/projects">
              <Brand />
            </UnstyledButton>
            <Group component="nav" aria-label={t("nav.main")} gap={2} visibleFrom="lg" wrap="nowrap">
              {items.map((item) => (
                <RouterNavLink key={item.to} to={item.to} className={classes.link}>
                  {item.label}
                  <CountBadge badge={item.badge} />
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
        className={classes.drawer}
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
            rightSection={<CountBadge badge={item.badge} />}
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
