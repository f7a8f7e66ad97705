import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog as AriaDialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';

export interface DialogProps {
  /** The element that opens the dialog, usually a Button. */
  trigger: ReactElement;
  title: string;
  /** Content, or a function given `close` for actions that end the dialog. */
  children: ReactNode | ((close: () => void) => ReactNode);
  /** alertdialog for a choice with consequences (signing out everywhere). */
  role?: 'dialog' | 'alertdialog';
  isOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
}

/** A modal dialog: focus is trapped and returned, Escape closes it, a bottom sheet on phones. */
export function Dialog({ trigger, title, children, role = 'dialog', isOpen, onOpenChange }: DialogProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger {...(isOpen === undefined ? {} : { isOpen })} onOpenChange={onOpenChange}>
      {trigger}
      <ModalOverlay className="k-modal-overlay" isDismissable={role === 'dialog'}>
        <Modal className="k-modal">
          <AriaDialog className="k-dialog" role={role}>
            {({ close }) => (
              <div className="k-stack">
                <div className="k-dialog__header">
                  <Heading slot="title">{title}</Heading>
                  <Button variant="quiet" size="small" onPress={close}>
                    {t('common.close')}
                  </Button>
                </div>
                {typeof children === 'function' ? children(close) : children}
              </div>
            )}
          </AriaDialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
