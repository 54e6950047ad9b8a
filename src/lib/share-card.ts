/**
 * The share image's layout: what a link to a page shows on social networks and in chat apps, as
 * an element tree for satori (flexbox, inline styles). Plain data in, plain data out: no files,
 * no Astro, so that the layout can be rendered in a worker thread and tested on its own.
 */

/** What one page's image says. */
export interface ShareCard {
  /** The small line above the title: "Open position", "Careers at Meridian Systems". */
  eyebrow: string;
  /** The page's title, or the home page's headline. */
  title: string;
  /** Short labels under the title: the levels. */
  chips: string[];
  /** Lines under those: where a job is, its pay; the home page's pitch. */
  lines: string[];
}

/** What every image shares: the brand. */
export interface ShareLook {
  company: string;
  /** The site's address as people read it: "careers.example.com". */
  host: string;
  /** The light theme's colours (src/lib/theme.ts), which the logo is drawn for. */
  colours: {
    bg: string;
    surface: string;
    text: string;
    muted: string;
    accent: string;
    'on-accent': string;
    'accent-soft': string;
    secondary: string;
  };
  /** The logo as a data: URL, and the size it is drawn at. */
  logo: { src: string; width: number; height: number };
  /** The typeface's family name, as the font files are registered under. */
  font: string;
}

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
const PAD = 72;
/** The logo's height on the image; its width follows from its own proportions. */
const LOGO_HEIGHT = 60;

/** A satori element: a tag, its style and its children. */
export interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | string; [key: string]: unknown };
}

const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Long titles get smaller type, so that three lines hold what a role title can be. */
export function titleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 56) return 66;
  return 54;
}

/** The image for one page, as satori draws it. */
export function cardTree(card: ShareCard, look: ShareLook): Node {
  const { colours } = look;
  const logoWidth = Math.round((look.logo.width / look.logo.height) * LOGO_HEIGHT);
  const size = titleSize(card.title);
  return el(
    'div',
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: colours.bg,
      color: colours.text,
      fontFamily: look.font,
    },
    [
      el(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PAD - 16}px ${PAD}px ${PAD - 28}px` },
        [
          {
            type: 'img',
            props: {
              src: look.logo.src,
              width: logoWidth,
              height: LOGO_HEIGHT,
              style: { width: logoWidth, height: LOGO_HEIGHT },
            },
          },
          el(
            'div',
            { display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', flexGrow: 1, maxWidth: 980 },
            [
              el(
                'div',
                { fontSize: 28, fontWeight: 700, color: colours.accent, letterSpacing: 0.5, marginBottom: 14 },
                card.eyebrow,
              ),
              el(
                'div',
                {
                  display: 'block',
                  fontSize: size,
                  fontWeight: 700,
                  lineHeight: 1.08,
                  letterSpacing: -1,
                  lineClamp: 3,
                },
                card.title,
              ),
              ...(card.chips.length > 0
                ? [
                    el(
                      'div',
                      { display: 'flex', flexWrap: 'wrap', marginTop: 22 },
                      card.chips.map((chip) =>
                        el(
                          'div',
                          {
                            fontSize: 28,
                            fontWeight: 700,
                            padding: '6px 20px',
                            marginRight: 12,
                            borderRadius: 999,
                            backgroundColor: colours['accent-soft'],
                            color: colours.text,
                          },
                          chip,
                        ),
                      ),
                    ),
                  ]
                : []),
              ...card.lines.map((line, index) =>
                el(
                  'div',
                  {
                    display: 'block',
                    fontSize: 30,
                    lineHeight: 1.3,
                    marginTop: index === 0 ? 22 : 4,
                    color: index === 0 ? colours.text : colours.muted,
                    // One line of text (the pitch) may take three; where a job is and its pay take one each.
                    lineClamp: card.lines.length === 1 ? 3 : 1,
                  },
                  line,
                ),
              ),
            ],
          ),
        ],
      ),
      // The foot: the site's address on the accent, with the second colour at its end.
      el('div', { display: 'flex', flexShrink: 0, height: 64, backgroundColor: colours.accent, alignItems: 'center' }, [
        el(
          'div',
          {
            display: 'flex',
            flexGrow: 1,
            paddingLeft: PAD,
            fontSize: 26,
            fontWeight: 700,
            color: colours['on-accent'],
          },
          look.host,
        ),
        el('div', { width: 220, height: 64, backgroundColor: colours.secondary }),
      ]),
    ],
  );
}
