import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/** A message handed over by a form or a deletion, shown once: a reload or a later visit must not repeat it. */
export function useArrivalMessage(): [string | null, (message: string | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(() => (location.state as { message?: string } | null)?.message ?? null);
  useEffect(() => {
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location.state]);
  return [message, setMessage];
}
