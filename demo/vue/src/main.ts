import { createApp } from 'vue';
import 'mono-connect-elements';
import App from './App.vue';

createApp(App).mount('#app');
