import './tokens.css';
import './base.css';
import './components.css';

export { Button, ButtonLink, type ButtonProps, type ButtonVariant } from './Button';
export { TextField, type TextFieldProps } from './TextField';
export { Select, type SelectOption, type SelectProps } from './Select';
export { Checkbox, CheckboxGroup, Switch } from './Checkbox';
export { RadioGroup, type RadioGroupProps } from './RadioGroup';
export { RatingScale, type RatingScaleProps } from './RatingScale';
export { Dialog, type DialogProps } from './Dialog';
export { List, type ListProps } from './List';
export { EmptyState } from './EmptyState';
export { ErrorMessage, Loading, Notice } from './ErrorMessage';
export { Chart, type ChartDatum, type ChartProps } from './Chart';
export { Page, PageLayout, type NavEntry, type PageProps } from './PageLayout';
export { Form } from './Form';
