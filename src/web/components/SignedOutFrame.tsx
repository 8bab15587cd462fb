/** The frame of the pages one sees before signing in: the brand, the language menu, one card. */
import { Box, Center, Container, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Brand } from "./Brand";
import { LanguageSwitcher } from "./LanguageSwitcher";

export function SignedOutFrame({
  heading,
  intro,
  children,
}: {
  heading: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box mih="100dvh" bg="gray.0">
      <Box
        component="header"
        bg="white"
        px="md"
        py="sm"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Group justify="space-between">
          <Brand />
          <LanguageSwitcher />
        </Group>
      </Box>
      <Center component="main" py={64} px="md">
        <Container size={440} w="100%" p={0}>
          <Paper p="xl" shadow="sm">
            <Stack gap={4} mb="lg">
              <Title order={1} size="h2">
                {heading}
              </Title>
              {intro && (
                <Text c="dimmed" size="sm">
                  {intro}
                </Text>
              )}
            </Stack>
            {children}
          </Paper>
        </Container>
      </Center>
    </Box>
  );
}
