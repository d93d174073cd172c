import { I18nProvider } from './i18n';
import { CityCoursesPage } from './pages/CityCoursesPage';
import { MyLearningPage } from './pages/MyLearningPage';
import { VerifyCertificatePage } from './pages/VerifyCertificatePage';

/**
 * /me is the signed-in resident's learning, /verify/<number> the public page a certificate's QR
 * code opens; everything else lists courses.
 */
function route() {
  if (window.location.pathname === '/me') return <MyLearningPage />;
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
