import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { renderWithI18n } from '../testing/render';
import { Button, Chart, Checkbox, Dialog, EmptyState, ErrorMessage, Form, List, RatingScale, Select, Switch, TextField } from '.';

describe('Button', () => {
  it('is pressed with the keyboard as well as the pointer', async () => {
    const onPress = vi.fn();
    renderWithI18n(<Button onPress={onPress}>Save</Button>);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await userEvent.keyboard('{Enter}');
    expect(onPress).toHaveBeenCalledTimes(2);
  });
});

describe('TextField', () => {
  it('is named by its label, described by its hint, and announces its error', () => {
    renderWithI18n(<TextField label="Display name" description="Any name you like" errorMessage="Please choose a name." />);
    const input = screen.getByRole('textbox', { name: 'Display name' });
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Any name you like'));
    expect(input).toBeInvalid();
    expect(screen.getByText('Please choose a name.')).toBeInTheDocument();
  });

  it('shows its required message when a form is sent empty, and does not send it', async () => {
    const onSubmit = vi.fn();
    renderWithI18n(
      <Form onSubmit={onSubmit} aria-label="Test">
        <TextField label="Email" isRequired />
        <Button type="submit">Send</Button>
      </Form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeInvalid();
    expect(screen.getByText('Please fill this in.')).toBeInTheDocument();
  });

  it("words the browser's own checks in the page's language", async () => {
    renderWithI18n(
      <Form onSubmit={() => undefined} aria-label="Test">
        <TextField label="Adresse e-mail" isRequired type="email" />
        <Button type="submit">Envoyer</Button>
      </Form>,
      'fr',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(screen.getByRole('textbox', { name: 'Adresse e-mail' })).toHaveAccessibleDescription('Merci de remplir ce champ.');
  });
});

describe('Select', () => {
  function Harness() {
    const [value, setValue] = useState<string | null>(null);
    return (
      <>
        <Select
          label="Language"
          value={value}
          onChange={setValue}
          options={[
            { id: 'en', label: 'English' },
            { id: 'fr', label: 'Français' },
          ]}
        />
        <output>{value ?? 'none'}</output>
      </>
    );
  }

  it('opens a listbox and keeps the chosen option', async () => {
    renderWithI18n(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: /Language/ }));
    await userEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Français' }));
    expect(screen.getByRole('status')).toHaveTextContent('fr');
  });
});

describe('Checkbox and Switch', () => {
  it('toggle and report their state to assistive technology', async () => {
    const onCheck = vi.fn();
    const onSwitch = vi.fn();
    renderWithI18n(
      <>
        <Checkbox onChange={onCheck}>I agree</Checkbox>
        <Switch onChange={onSwitch}>Reminders</Switch>
      </>,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'I agree' }));
    await userEvent.click(screen.getByRole('switch', { name: 'Reminders' }));
    expect(onCheck).toHaveBeenCalledWith(true);
    expect(onSwitch).toHaveBeenCalledWith(true);
    expect(screen.getByRole('checkbox', { name: 'I agree' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Reminders' })).toBeChecked();
  });
});

describe('Dialog', () => {
  it('opens as a named modal, closes on Escape and gives focus back to its trigger', async () => {
    renderWithI18n(
      <Dialog trigger={<Button>Open</Button>} title="Help right now">
        <p>Lines</p>
      </Dialog>,
    );
    const trigger = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(trigger);
    expect(screen.getByRole('dialog', { name: 'Help right now' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('hands its close function to actions', async () => {
    renderWithI18n(
      <Dialog trigger={<Button>Open</Button>} title="Sure?" role="alertdialog">
        {(close) => <Button onPress={close}>Yes</Button>}
      </Dialog>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await userEvent.click(within(screen.getByRole('alertdialog', { name: 'Sure?' })).getByRole('button', { name: 'Yes' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('List and EmptyState', () => {
  it('lists items, and invites instead of showing an empty list', () => {
    const { rerender } = renderWithI18n(<List items={['a', 'b']} getKey={(x) => x} renderItem={(x) => <span>{x}</span>} label="Letters" />);
    expect(within(screen.getByRole('list', { name: 'Letters' })).getAllByRole('listitem')).toHaveLength(2);
    rerender(<List items={[]} getKey={(x: string) => x} renderItem={(x) => x} empty={<EmptyState title="No check-ins yet">How are you today?</EmptyState>} />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No check-ins yet' })).toBeInTheDocument();
  });
});

describe('ErrorMessage', () => {
  it("shows the API's message as it is", () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Ce nom est déjà pris.', extensions: { code: 'CONFLICT' } }],
    });
    renderWithI18n(<ErrorMessage error={error} />, 'fr');
    expect(screen.getByRole('alert')).toHaveTextContent('Ce nom est déjà pris.');
  });

  it('falls back to a kind sentence in the UI language when the request never got an answer', () => {
    renderWithI18n(<ErrorMessage error={new TypeError('Failed to fetch')} />, 'fr');
    expect(screen.getByRole('alert')).toHaveTextContent('Impossible de joindre Kindred');
  });

  it('reads the code of an error answered outside GraphQL, such as a rate limit', () => {
    const response = new Response('', { status: 429 });
    const error = new ServerError('Too many', {
      response,
      bodyText: JSON.stringify({ errors: [{ message: '', extensions: { code: 'RATE_LIMITED' } }] }),
    });
    renderWithI18n(<ErrorMessage error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('wait a minute');
  });

  it('renders nothing without an error', () => {
    renderWithI18n(<ErrorMessage error={null} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Chart', () => {
  it('gives a text summary and a table with every value', async () => {
    renderWithI18n(
      <Chart
        title="Recovery capital"
        summary="Strongest: peer support."
        max={5}
        formatValue={(v) => `${v} of 5`}
        data={[
          { id: 'peer', label: 'Peer support', value: 4 },
          { id: 'housing', label: 'Housing', value: 2 },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: /Recovery capital.*Strongest: peer support/ })).toBeInTheDocument();
    await userEvent.click(screen.getByText('Show as a table'));
    const table = screen.getByRole('table', { name: 'Recovery capital' });
    expect(within(table).getByRole('row', { name: 'Peer support 4 of 5' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Housing 2 of 5' })).toBeInTheDocument();
  });
});

describe('Chart with a comparison', () => {
  it('names both figures in a legend and as table columns, and says tags in words', async () => {
    renderWithI18n(
      <Chart
        title="Your areas"
        summary="Peer support grew."
        max={10}
        formatValue={(v) => `${v} of 10`}
        series={{ value: 'Now', compare: 'In March' }}
        data={[
          { id: 'peer', label: 'Peer support', value: 8, compare: 4, tag: 'strength' },
          { id: 'work', label: 'Work', value: 2, compare: null },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: /Your areas/ })).toHaveTextContent(/Now.*In March/);
    await userEvent.click(screen.getByText('Show as a table'));
    const table = screen.getByRole('table', { name: 'Your areas' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Item', 'Now', 'In March']);
    expect(within(table).getByRole('row', { name: 'Peer support (strength) 8 of 10 4 of 10' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Work 2 of 10 —' })).toBeInTheDocument();
  });
});

describe('RatingScale', () => {
  function Rated() {
    const [value, setValue] = useState<number | null>(null);
    return (
      <RatingScale
        label="Peer support"
        min={0}
        max={10}
        anchors={[
          { value: 0, label: 'Nothing yet' },
          { value: 10, label: 'A real strength' },
        ]}
        value={value}
        onChange={setValue}
      />
    );
  }

  it('offers every point with its words, and moves with the arrow keys', async () => {
    renderWithI18n(<Rated />);
    const group = screen.getByRole('radiogroup', { name: 'Peer support' });
    expect(within(group).getAllByRole('radio')).toHaveLength(11);
    await userEvent.click(within(group).getByRole('radio', { name: '0 · Nothing yet' }));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(group).getByRole('radio', { name: '2' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: '10 · A real strength' })).not.toBeChecked();
  });
});
