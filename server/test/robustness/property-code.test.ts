import { formatProperties } from './formatProperty';

formatProperties(['code']);
