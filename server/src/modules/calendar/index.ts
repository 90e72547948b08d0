import { defineModule } from '../../kit/module.js';
import { CALENDAR_FIELD_MESSAGES } from './calendar.messages.js';
import { CalendarService } from './calendar-service.js';
import { calendarRoutes } from './routes.js';

/** The working-day calendar: every due date is computed on it (ctx.calendar). */
export default defineModule({
  name: 'calendar',
  label: { zh: '工作日历', en: 'Working-day calendar' },
  routes: calendarRoutes,
  messages: { fields: CALENDAR_FIELD_MESSAGES },
  services: (db) => ({ calendar: new CalendarService(db) }),
});
