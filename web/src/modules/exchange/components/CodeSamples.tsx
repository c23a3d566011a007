import { useTranslation } from 'react-i18next';
import { gatewayUrl } from '../api';

const CLIENT = '<your subsystem identifier>';
const KEY = '<your key>';

/** The request in curl, JavaScript (fetch), Python (requests) and Java (java.net.http), through the gateway. */
export function samples(serviceIdentifier: string, method: string, path: string, hasBody: boolean): { lang: string; label: string; code: string }[] {
  const url = gatewayUrl(serviceIdentifier, path);
  const m = method.toUpperCase();
  const body = '{}';
  const curl = [`curl -X ${m} '${url}' \\`, `  -H 'X-Road-Client: ${CLIENT}' \\`, `  -H 'LGSP-Api-Key: ${KEY}'${hasBody ? ' \\' : ''}`];
  if (hasBody) curl.push(`  -H 'Content-Type: application/json' \\`, `  -d '${body}'`);
  const js = [
    `const response = await fetch('${url}', {`,
    `  method: '${m}',`,
    `  headers: {`,
    `    'X-Road-Client': '${CLIENT}',`,
    `    'LGSP-Api-Key': '${KEY}',`,
    ...(hasBody ? [`    'Content-Type': 'application/json',`] : []),
    `  },`,
    ...(hasBody ? [`  body: JSON.stringify({}),`] : []),
    `});`,
    `const data = await response.json();`,
  ];
  const py = [
    `import requests`,
    ``,
    `response = requests.request(`,
    `    "${m}",`,
    `    "${url}",`,
    `    headers={`,
    `        "X-Road-Client": "${CLIENT}",`,
    `        "LGSP-Api-Key": "${KEY}",`,
    `    },`,
    ...(hasBody ? [`    json={},`] : []),
    `    timeout=30,`,
    `)`,
    `print(response.status_code, response.json())`,
  ];
  const java = [
    `import java.net.URI;`,
    `import java.net.http.HttpClient;`,
    `import java.net.http.HttpRequest;`,
    `import java.net.http.HttpResponse;`,
    ``,
    `HttpClient client = HttpClient.newHttpClient();`,
    `HttpRequest request = HttpRequest.newBuilder()`,
    `    .uri(URI.create("${url}"))`,
    `    .header("X-Road-Client", "${CLIENT}")`,
    `    .header("LGSP-Api-Key", "${KEY}")`,
    ...(hasBody ? [`    .header("Content-Type", "application/json")`] : []),
    `    .method("${m}", ${hasBody ? `HttpRequest.BodyPublishers.ofString("${body}")` : 'HttpRequest.BodyPublishers.noBody()'})`,
    `    .build();`,
    `HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());`,
    `System.out.println(response.statusCode() + " " + response.body());`,
  ];
  return [
    { lang: 'curl', label: 'curl', code: curl.join('\n') },
    { lang: 'javascript', label: 'JavaScript (fetch)', code: js.join('\n') },
    { lang: 'python', label: 'Python (requests)', code: py.join('\n') },
    { lang: 'java', label: 'Java (java.net.http)', code: java.join('\n') },
  ];
}

export function CodeSamples({ serviceIdentifier, method, path, hasBody }: { serviceIdentifier: string; method: string; path: string; hasBody: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="ex-samples">
      <h4 className="ex-subhead">{t('exchange.doc.samples')}</h4>
      {samples(serviceIdentifier, method, path, hasBody).map((s) => (
        <details key={s.lang} className="ex-sample">
          <summary>{s.label}</summary>
          <pre tabIndex={0} aria-label={`${s.label}: ${method.toUpperCase()} ${path}`}>
            <code>{s.code}</code>
          </pre>
        </details>
      ))}
    </div>
  );
}
