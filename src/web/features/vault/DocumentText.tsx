import { List, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The agreements are short Markdown files with headings, paragraphs and bullet lists only. This
 * renders exactly that as React elements (no HTML from the text ever reaches the page).
 */
export function DocumentText({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push(<Text key={blocks.length}>{paragraph.join(' ')}</Text>);
      paragraph = [];
    }
    if (items.length > 0) {
      blocks.push(
        <List key={blocks.length}>
          {items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>,
      );
      items = [];
    }
  };
  for (const line of text.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1]?.length ?? 1) + 1;
      blocks.push(
        <Title key={blocks.length} order={level as 2 | 3 | 4} size={level === 2 ? 'h3' : 'h5'}>
          {heading[2]}
        </Title>,
      );
    } else if (/^[-*] /.test(line)) {
      if (paragraph.length > 0) flush();
      items.push(line.slice(2).trim());
    } else if (/^\s+\S/.test(line) && items.length > 0) {
      items[items.length - 1] += ` ${line.trim()}`;
    } else if (line.trim() === '') {
      flush();
    } else {
      if (items.length > 0) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return <>{blocks}</>;
}
