import { I18nProvider } from './i18n';
import { CityCoursesPage } from './pages/CityCoursesPage';
import { VerifyCertificatePage } from './pages/VerifyCertificatePage';

/** /verify/<number> is the public page a certificate's QR code opens; everything else lists courses. */
function route() {
  const verify = /^\/verify\/([^/]{1,100})$/.exec(window.location.pathname);
  if (!verify?.[1]) return <CityCoursesPage />;
  let number = '';
  try {
    number = decodeURIComponent(verify[1]);
  } catch {
    // a malformed address verifies as what it is: not a certificate number
  }
  return <VerifyCertificatePage number={number || verify[1]} />;
}

export function App() {
  return <I18nProvider>{route()}</I18nProvider>;
}
