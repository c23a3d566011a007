import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title: "<page> — Kiến trúc". */
export function useTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.short')}`;
  }, [title, t]);
}
