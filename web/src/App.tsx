import { I18nProvider } from './i18n';
import { CityCoursesPage } from './pages/CityCoursesPage';

export function App() {
  return (
    <I18nProvider>
      <CityCoursesPage />
    </I18nProvider>
  );
}
